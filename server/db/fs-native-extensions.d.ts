// The package ships no types; only what the folder lock uses is declared.
declare module 'fs-native-extensions' {
  /** An exclusive lock on the whole open file (Linux: an OFD lock, macOS: flock); false when another holds it. */
  export function tryLock(fd: number): boolean;
}
