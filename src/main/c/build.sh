#!/usr/bin/env bash
# Compiles drydock's native parts with the system C compiler into OUT_DIR.
# Called by the Maven build (process-classes); OUT_DIR ends up inside the jar.
set -euo pipefail
out=${1:?usage: build.sh OUT_DIR}
src=$(cd "$(dirname "$0")" && pwd)
cc=${CC:-cc}
if ! command -v "$cc" >/dev/null 2>&1; then
  echo "drydock build: no C compiler '$cc' found; install one (Debian: apt-get install gcc libc6-dev)" >&2
  exit 1
fi
arch=$(uname -m)
mkdir -p "$out/$arch"
cflags=(-std=gnu11 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -fno-strict-aliasing)
# the helper: runtime init and per-container shim, linked statically where libc.a exists
helper_srcs=("$src"/helper/*.c)
ldflags=()
if "$cc" -print-file-name=libc.a | grep -q /; then ldflags+=(-static); fi
"$cc" "${cflags[@]}" -I"$src/helper" -o "$out/$arch/drydock-helper.tmp" "${helper_srcs[@]}" -lz "${ldflags[@]}"
mv -f "$out/$arch/drydock-helper.tmp" "$out/$arch/drydock-helper"
# the built-in 'hello' image's only file: freestanding, no libc
"$cc" -std=gnu11 -Os -Wall -Wextra -Werror -static -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables \
  -o "$out/$arch/hello" "$src/hello/hello.c"
# drydock-init: PID 1 of `docker run --init` (reaps zombies, forwards signals), bind-mounted as /sbin/docker-init
"$cc" "${cflags[@]}" -o "$out/$arch/drydock-init.tmp" "$src/init/init.c" "${ldflags[@]}"
mv -f "$out/$arch/drydock-init.tmp" "$out/$arch/drydock-init"
