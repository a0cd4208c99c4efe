import { TomtatError } from "../../errors.ts";

/** A logistic-regression sentence scorer, stored as JSON (data/models/scorer.json). */
export interface LogisticModel {
  kind: "logistic";
  features: string[];
  /** Feature means and standard deviations used to standardize inputs. */
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Free-form provenance: data, date, settings. */
  meta?: Record<string, unknown>;
}

/** P(sentence belongs in the summary) = σ(w · standardize(x) + b). */
export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) {
    z +=
      (model.weights[k] as number) *
      (((x[k] ?? 0) - (model.mean[k] as number)) / (model.std[k] as number));
  }
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

/**
 * Fits logistic regression on soft labels in [0, 1] by full-batch gradient descent with Adam
 * (Kingma & Ba 2015) and L2 regularization; deterministic (zero init, fixed order).
 */
export function trainLogistic(
  names: readonly string[],
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: TrainOptions = { epochs: 300, learningRate: 0.05, l2: 1e-3 },
): LogisticModel {
  const d = names.length;
  if (xs.length === 0 || xs.length !== ys.length) {
    throw new TomtatError(
      "E_MODEL",
      `need as many labels as rows and at least one row, got ${xs.length}/${ys.length}`,
    );
  }
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const x of xs)
    for (let k = 0; k < d; k++) mean[k] = (mean[k] as number) + (x[k] ?? 0) / xs.length;
  for (const x of xs)
    for (let k = 0; k < d; k++)
      std[k] = (std[k] as number) + ((x[k] ?? 0) - (mean[k] as number)) ** 2 / xs.length;
  for (let k = 0; k < d; k++) std[k] = Math.sqrt(std[k] as number) || 1;
  const z = xs.map((x) => x.map((v, k) => (v - (mean[k] as number)) / (std[k] as number)));
  const w = new Array<number>(d + 1).fill(0);
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const grad = new Array<number>(d + 1).fill(0);
    z.forEach((x, i) => {
      let s = w[d] as number;
      for (let k = 0; k < d; k++) s += (w[k] as number) * (x[k] as number);
      const err = 1 / (1 + Math.exp(-s)) - (ys[i] as number);
      for (let k = 0; k < d; k++)
        grad[k] = (grad[k] as number) + (err * (x[k] as number)) / z.length;
      grad[d] = (grad[d] as number) + err / z.length;
    });
    for (let k = 0; k <= d; k++) {
      const g = (grad[k] as number) + (k < d ? options.l2 * (w[k] as number) : 0);
      m[k] = b1 * (m[k] as number) + (1 - b1) * g;
      v[k] = b2 * (v[k] as number) + (1 - b2) * g * g;
      const mh = (m[k] as number) / (1 - b1 ** epoch);
      const vh = (v[k] as number) / (1 - b2 ** epoch);
      w[k] = (w[k] as number) - (options.learningRate * mh) / (Math.sqrt(vh) + eps);
    }
  }
  return {
    kind: "logistic",
    features: [...names],
    mean,
    std,
    weights: w.slice(0, d),
    bias: w[d] as number,
  };
}
