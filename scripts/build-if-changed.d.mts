// Types of build-if-changed.mjs, for its spec.
export interface BuildPart {
  name: string;
  script: string;
  inputs: string[];
  outDir: string;
  output: string;
}
export declare const STAMP: string;
export declare const PARTS: BuildPart[];
export declare function hashInputs(root: string, part: BuildPart): string;
export declare function fingerprintOutput(root: string, part: BuildPart): string;
export declare function writeStamp(root: string, part: BuildPart, inputs: string): void;
export declare function decide(root: string, part: BuildPart): { build: boolean; reason: string; inputs: string };
