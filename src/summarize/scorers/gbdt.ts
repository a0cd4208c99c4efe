import { TomtatError } from "../../errors.ts";

/** One regression tree, flattened: node k is a leaf when `feature[k] < 0`. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** Gradient-boosted regression trees with a logistic link, stored as JSON. */
export interface GbdtModel {
  kind: "gbdt";
  features: string[];
  bias: number;
  learningRate: number;
  trees: Tree[];
}

export interface GbdtOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Fewest training rows in a leaf. */
  minLeaf: number;
  /** Candidate thresholds per feature (quantiles of the training data). */
  bins: number;
  /** L2 penalty on leaf values (XGBoost's λ). */
  lambda: number;
}

/**
 * Settings chosen by 5-fold CV on the training clusters among (150, 3, 100, 5), (300, 4, 100, 5),
 * (300, 3, 200, 10), (500, 3, 300, 20) and (300, 4, 200, 10) as (trees, depth, minLeaf, λ).
 */
export const DEFAULT_GBDT: GbdtOptions = {
  trees: 300,
  depth: 3,
  learningRate: 0.05,
  minLeaf: 200,
  bins: 32,
  lambda: 10,
};

/**
 * Settings of the bigram model (features/bigrams.ts): about ten times as many rows as the
 * sentence model, so deeper trees with smaller leaves (5-fold CV on the training clusters).
 */
export const BIGRAM_GBDT: GbdtOptions = {
  trees: 200,
  depth: 4,
  learningRate: 0.05,
  minLeaf: 100,
  bins: 32,
  lambda: 5,
};

function treeOutput(tree: Tree, x: readonly number[]): number {
  let k = 0;
  while ((tree.feature[k] as number) >= 0) {
    const f = tree.feature[k] as number;
    k =
      (x[f] ?? 0) <= (tree.threshold[k] as number)
        ? (tree.left[k] as number)
        : (tree.right[k] as number);
  }
  return tree.value[k] as number;
}

/** All trees of a model in flat typed arrays (node ids global), for fast prediction. */
interface Compiled {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

const compiled = new WeakMap<GbdtModel, Compiled>();

function compile(model: GbdtModel): Compiled {
  const n = model.trees.reduce((a, t) => a + t.feature.length, 0);
  const c: Compiled = {
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(n),
    threshold: new Float64Array(n),
    left: new Int32Array(n),
    right: new Int32Array(n),
    value: new Float64Array(n),
  };
  let offset = 0;
  model.trees.forEach((t, k) => {
    c.roots[k] = offset;
    t.feature.forEach((f, j) => {
      c.feature[offset + j] = f;
      c.threshold[offset + j] = t.threshold[j] as number;
      c.left[offset + j] = offset + (t.left[j] as number);
      c.right[offset + j] = offset + (t.right[j] as number);
      c.value[offset + j] = t.value[j] as number;
    });
    offset += t.feature.length;
  });
  compiled.set(model, c);
  return c;
}

/** σ(bias + η Σ tree(x)): the predicted label of a row. */
export function predictGbdt(model: GbdtModel, x: readonly number[]): number {
  const c = compiled.get(model) ?? compile(model);
  let sum = 0;
  for (const root of c.roots) {
    let k = root;
    let f = c.feature[k] as number;
    while (f >= 0) {
      k =
        (x[f] ?? 0) <= (c.threshold[k] as number) ? (c.left[k] as number) : (c.right[k] as number);
      f = c.feature[k] as number;
    }
    sum += c.value[k] as number;
  }
  return 1 / (1 + Math.exp(-(model.bias + model.learningRate * sum)));
}

/** Quantile thresholds of each feature column, deduplicated and ascending. */
function binEdges(xs: readonly (readonly number[])[], d: number, bins: number): number[][] {
  const edges: number[][] = [];
  for (let f = 0; f < d; f++) {
    const col = xs.map((x) => x[f] ?? 0).sort((a, b) => a - b);
    const set = new Set<number>();
    for (let b = 1; b < bins; b++) set.add(col[Math.floor((b * col.length) / bins)] as number);
    edges.push([...set].sort((a, b) => a - b));
  }
  return edges;
}

/** Bin of every value: the first edge ≥ value, so "bin ≤ b" ⇔ "value ≤ edges[b]". */
function binColumns(xs: readonly (readonly number[])[], edges: number[][]): Uint8Array[] {
  return edges.map((e, f) => {
    const out = new Uint8Array(xs.length);
    xs.forEach((x, i) => {
      const v = x[f] ?? 0;
      let lo = 0;
      let hi = e.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((e[mid] as number) < v) lo = mid + 1;
        else hi = mid;
      }
      out[i] = lo;
    });
    return out;
  });
}

interface Grower {
  g: Float64Array;
  h: Float64Array;
  edges: number[][];
  bins: Uint8Array[];
  options: GbdtOptions;
}

/** Best histogram split of `rows` by second-order gain, or undefined when none helps. */
function bestSplit(rows: Int32Array, s: Grower): { feature: number; bin: number } | undefined {
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += s.g[i] as number;
    H += s.h[i] as number;
  }
  const { lambda, minLeaf } = s.options;
  const parent = (G * G) / (H + lambda);
  let best: { feature: number; bin: number; gain: number } | undefined;
  s.edges.forEach((edges, f) => {
    const nb = edges.length + 1;
    const hg = new Float64Array(nb);
    const hh = new Float64Array(nb);
    const hc = new Int32Array(nb);
    const col = s.bins[f] as Uint8Array;
    for (const i of rows) {
      const b = col[i] as number;
      hg[b] = (hg[b] as number) + (s.g[i] as number);
      hh[b] = (hh[b] as number) + (s.h[i] as number);
      hc[b] = (hc[b] as number) + 1;
    }
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b < nb - 1; b++) {
      gl += hg[b] as number;
      hl += hh[b] as number;
      cl += hc[b] as number;
      if (cl < minLeaf || rows.length - cl < minLeaf) continue;
      const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - parent;
      if (gain > 1e-9 && (!best || gain > best.gain)) best = { feature: f, bin: b, gain };
    }
  });
  return best;
}

function growTree(rows: Int32Array, s: Grower): Tree {
  const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const grow = (part: Int32Array, depth: number): number => {
    const k = tree.feature.length;
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(0);
    const split = depth < s.options.depth ? bestSplit(part, s) : undefined;
    if (!split) {
      let G = 0;
      let H = 0;
      for (const i of part) {
        G += s.g[i] as number;
        H += s.h[i] as number;
      }
      tree.value[k] = -G / (H + s.options.lambda);
      return k;
    }
    const col = s.bins[split.feature] as Uint8Array;
    const l: number[] = [];
    const r: number[] = [];
    for (const i of part) ((col[i] as number) <= split.bin ? l : r).push(i);
    tree.feature[k] = split.feature;
    tree.threshold[k] = (s.edges[split.feature] as number[])[split.bin] as number;
    tree.left[k] = grow(Int32Array.from(l), depth + 1);
    tree.right[k] = grow(Int32Array.from(r), depth + 1);
    return k;
  };
  grow(rows, 0);
  return tree;
}

/**
 * Fits gradient-boosted trees to labels in [0, 1] with the logistic loss (Friedman 2001),
 * Newton leaf values and histogram split search (Chen & Guestrin 2016, XGBoost). Deterministic.
 */
export function trainGbdt(
  names: readonly string[],
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: GbdtOptions = DEFAULT_GBDT,
): GbdtModel {
  const n = xs.length;
  if (n === 0 || ys.length !== n) {
    throw new TomtatError("E_MODEL", `need labelled rows, got ${n} rows and ${ys.length} labels`);
  }
  const mean = Math.min(1 - 1e-6, Math.max(1e-6, ys.reduce((a, b) => a + b, 0) / n));
  const bias = Math.log(mean / (1 - mean));
  const edges = binEdges(xs, names.length, options.bins);
  const grower: Grower = {
    g: new Float64Array(n),
    h: new Float64Array(n),
    edges,
    bins: binColumns(xs, edges),
    options,
  };
  const z = new Float64Array(n).fill(bias);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const trees: Tree[] = [];
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(z[i] as number)));
      grower.g[i] = p - (ys[i] as number);
      grower.h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const tree = growTree(all, grower);
    for (let i = 0; i < n; i++) {
      z[i] = (z[i] as number) + options.learningRate * treeOutput(tree, xs[i] as number[]);
    }
    trees.push(tree);
  }
  return { kind: "gbdt", features: [...names], bias, learningRate: options.learningRate, trees };
}
