/*
 * drydock-helper: the native half of drydock. It executes plans computed in
 * Java and takes no decisions of its own (see spec/helper-protocol.md).
 */
#include <stdio.h>
#include <string.h>

#include "protocol.h"
#include "shim.h"

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "shim") == 0)
        return shim_main(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "version") == 0) {
        printf("drydock-helper protocol %d\n", DD_PROTOCOL_VERSION);
        return 0;
    }
    fprintf(stderr, "usage: drydock-helper version\n");
    return 2;
}
