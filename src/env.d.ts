// Build-time variables of our own (Vite exposes WXT_* from the environment to the bundle).
interface ImportMetaEnv {
  /** "1" in benchmark builds (bench/build-extension.ts): performance marks on. */
  readonly WXT_CLAIMLENS_BENCH?: string;
}
