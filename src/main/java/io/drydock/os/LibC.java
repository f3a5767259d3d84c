package io.drydock.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/** The few libc functions drydock's storage needs; each failing call throws with its errno. */
interface LibC extends Library {
  LibC INSTANCE = Native.load("c", LibC.class);

  int mount(String source, String target, String fstype, NativeLong flags, String data) throws LastErrorException;

  int umount2(String target, int flags) throws LastErrorException;

  int mknod(String path, int mode, long dev) throws LastErrorException;

  int lsetxattr(String path, String name, byte[] value, NativeLong size, int flags) throws LastErrorException;

  NativeLong lgetxattr(String path, String name, byte[] value, NativeLong size) throws LastErrorException;

  NativeLong llistxattr(String path, byte[] list, NativeLong size) throws LastErrorException;

  String strerror(int errnum);
}
