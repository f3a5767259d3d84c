/* Constants shared with Java: io.drydock.runtime.HelperProtocol. Keep both sides equal. */
#ifndef DD_PROTOCOL_H
#define DD_PROTOCOL_H
#define DD_PROTOCOL_VERSION 1
#endif
