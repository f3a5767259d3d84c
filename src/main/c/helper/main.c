/*
 * drydock-helper: the native half of drydock. It executes plans computed in
 * Java and takes no decisions of its own (see spec/helper-protocol.md).
 *
 *   drydock-helper version         print the protocol version
 *   drydock-helper init SOCKET     read one plan from the unix socket, run it
 *   drydock-helper recvtty SOCKET  receive one pty master on SOCKET, relay stdin/stdout to it
 */
#include <stdio.h>
#include <string.h>

#include "helper.h"
#include "protocol.h"
#include "shim.h"

int main(int argc, char **argv, char **envp)
{
    if (argc >= 2 && strcmp(argv[1], "shim") == 0)
        return shim_main(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "version") == 0) {
        printf("drydock-helper protocol %d\n", DD_PROTOCOL_VERSION);
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "recvtty") == 0)
        return recvtty_main(argc, argv);
    if (argc == 3 && strcmp(argv[1], "init") == 0)
        return init_main(argc, argv, envp);
    fprintf(stderr, "usage: drydock-helper version | init SOCKET | recvtty SOCKET\n");
    return 2;
}
