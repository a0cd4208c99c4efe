import type { Cluster } from "../../types.ts";

/** A cluster with at least one reference summary: the unit of evaluation. */
export interface EvalCluster extends Cluster {
  references: string[];
}

export interface Dataset {
  /** The name given (`abmusu-validation`) or the path. */
  name: string;
  /** The file or folder it was read from. */
  source: string;
  clusters: EvalCluster[];
}
