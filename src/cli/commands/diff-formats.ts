// Apart from diff.ts so that declaring the option does not load the diff library.
export const DIFF_FORMATS = ["word", "patch", "html"];
