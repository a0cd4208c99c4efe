import { foreignSentence } from "../../text/language.ts";
import {
  isCompleteSentence,
  isInterviewerTurn,
  isQuestion,
  opensMidSentence,
} from "../../text/sentence-shape.ts";
import { analyzeBigrams } from "../features/bigrams.ts";
import { type GbdtModel, predictGbdt } from "../scorers/gbdt.ts";
import { fill, rankByScore } from "../select.ts";
import { awaitsAntecedent } from "../selection/awaits-antecedent.ts";
import { containment } from "../selection/containment.ts";
import { type ConceptWeights, selectExpectedF1 } from "../selection/expected-f1.ts";
import { figuresTold } from "../selection/figures-told.ts";
import { paraphraseIndex } from "../selection/paraphrase-index.ts";
import type { Budget, PreparedCluster, Selection } from "../types.ts";
import { notVietnamese } from "../validate.ts";
import { cosine, type SparseVector } from "../vectors.ts";

/** Selection settings of the tomtat method, stored with the model. */
export interface TomtatParams {
  /** Cosine (TF-IDF uni+bigrams) above which a candidate repeats a chosen sentence and is skipped (both selections). */
  redundancy: number;
  /** Sentences shorter than this many syllables are fragments, never chosen. */
  minSyllables: number;
  /**
   * Only complete statements (final punctuation, balanced quotes, not opening mid-sentence,
   * neither a direct question nor an interviewer's turn) are candidates; default true.
   */
  requireComplete?: boolean;
  /**
   * Expected-F1 selection: a sentence that points back waits until the summary holds its
   * antecedent or a version of it (selection/awaits-antecedent.ts); default true.
   */
  waitForAntecedent?: boolean;
  /**
   * Expected-F1 selection (with a bigram model): the gold summary is expected to hold this many
   * distinct bigrams per syllable of the budget.
   */
  goldBigramsPerSyllable?: number;
  /**
   * Expected-F1 selection: a candidate whose syllable-set containment with a chosen sentence
   * (selection/containment.ts) is above this repeats it and is skipped, besides the cosine test.
   * Absent: cosine only.
   */
  containment?: number;
  /**
   * Expected-F1 selection: a candidate with at least this many figures (number tokens), all of
   * which the summary already states, restates them and is skipped
   * (selection/restated-numbers.ts). Absent: off.
   */
  restatedNumbers?: number;
  /**
   * With `restatedNumbers`: a candidate that repeats that many of the summary's figures and adds
   * one new figure also restates them when at least this share of its distinct syllables are in
   * the summary already (`Công trình dài 1.250 m, vốn 1.800 tỷ đồng, thi công trong 21 tháng`
   * after the length and cost were told). Absent: off.
   */
  restatedMostly?: number;
}

/**
 * Greedy budgeted selection by score with redundancy control (Carbonell & Goldstein 1998).
 * Only complete statements (final punctuation, balanced quotes, not opening mid-sentence,
 * neither a direct question nor an interviewer's turn) of at least `minSyllables` are
 * candidates: headlines, subheadings, quotation fragments, pieces of a broken sentence and
 * questions (an interviewer's, a teaser's) never enter a summary, nor does a sentence that is
 * clearly not Vietnamese (`foreignSentence`: an English quotation). Only when that leaves nothing
 * that fits (a cluster of very short texts) are shorter statements allowed, and questions and
 * pieces only in a cluster without any statement (`tomtatCandidates`), so a summary is never
 * empty while the input has text that fits.
 */
export function selectByScores(
  cluster: PreparedCluster,
  vectors: readonly SparseVector[],
  scores: number[],
  budget: Budget,
  params: TomtatParams,
): Selection {
  return byTiers(cluster, params, (candidates) =>
    fill(
      cluster,
      rankByScore(scores).filter((i) => candidates.has(i)),
      budget,
      {
        scores,
        similarity: (i, j) => cosine(vectors[i] as SparseVector, vectors[j] as SparseVector),
        maxSimilarity: params.redundancy,
      },
    ),
  );
}

/**
 * The sentences the tomtat method may choose, whatever the budget: sentences with a syllable
 * that are not foreign (`foreignSentence`), and among them only the statements (`isStatement`)
 * when the cluster has any. Questions, interviewers' turns and broken pieces are allowed only in
 * a cluster without a single statement (a list of questions, notes without final punctuation):
 * there they are all the text there is, and a summary of them is better than none. A budget
 * that no statement fits does not let a question in: summarize() refuses it (E_OPTION) from
 * this set, as it refuses a budget under every sentence.
 */
export function tomtatCandidates(
  cluster: PreparedCluster,
  params: TomtatParams,
): readonly number[] {
  const known = candidatesMemo.get(cluster);
  if (known?.params === params) return known.candidates;
  const vietnamese: number[] = [];
  const statements: number[] = [];
  const complete = params.requireComplete !== false;
  cluster.sentences.forEach((s, i) => {
    if (s.syllables === 0 || foreignSentence(s.text)) return;
    vietnamese.push(i);
    if (!complete || isStatement(s.text)) statements.push(i);
  });
  const candidates = statements.length > 0 ? statements : vietnamese;
  candidatesMemo.set(cluster, { params, candidates });
  return candidates;
}

/**
 * tomtatCandidates of a cluster, kept for the selection after summarize()'s budget check has
 * asked for them (the language and statement tests read every sentence: 1.4 ms a cluster).
 */
const candidatesMemo = new WeakMap<
  PreparedCluster,
  { params: TomtatParams; candidates: readonly number[] }
>();

/**
 * Runs a selection over the candidate tiers: the candidates (`tomtatCandidates`) of at least
 * `minSyllables`, then all of them (shorter statements); the first tier that yields a summary
 * wins. A cluster whose every sentence is foreign (too short in all for the document check) is
 * refused with E_NOT_VIETNAMESE, not given an empty summary.
 */
function byTiers(
  cluster: PreparedCluster,
  params: TomtatParams,
  select: (candidates: ReadonlySet<number>) => Selection,
): Selection {
  const all = tomtatCandidates(cluster, params);
  const long = all.filter((i) => (cluster.sentences[i]?.syllables ?? 0) >= params.minSyllables);
  let selection: Selection = { chosen: [], scores: [] };
  for (const tier of [long, all]) {
    selection = select(new Set(tier));
    if (selection.chosen.length > 0) break;
  }
  if (
    selection.chosen.length === 0 &&
    all.length === 0 &&
    cluster.sentences.some((s) => s.syllables > 0)
  ) {
    throw notVietnamese(
      "no sentence of the input looks like Vietnamese (each has 8+ words and under 15% carry Vietnamese letters)",
      cluster.sentences.map((s) => s.text).join(" "),
    );
  }
  return selection;
}

/**
 * A complete sentence (final punctuation, balanced quotes) that does not open mid-sentence (`và
 * …`: words lost in scraping) and tells rather than asks: not a direct question, not an
 * interviewer's turn (`PV: …`, `Thưa ông, …`).
 */
function isStatement(text: string): boolean {
  return (
    isCompleteSentence(text) &&
    !opensMidSentence(text) &&
    !isQuestion(text) &&
    !isInterviewerTurn(text)
  );
}

/** Gold-summary bigrams per budget syllable when the model file does not set it (the CV choice). */
const GOLD_BIGRAMS_PER_SYLLABLE = 0.72;

/**
 * Expected-F1 selection: the bigram model turns the sentence scores and the cluster's bigram
 * statistics into a probability per bigram of being in the gold summary, and the summary is
 * grown greedily while its expected ROUGE-2 F1 rises (see selection/expected-f1.ts).
 */
export function selectByBigrams(
  cluster: PreparedCluster,
  vectors: readonly SparseVector[],
  scores: number[],
  bigramModel: GbdtModel,
  budget: Budget,
  params: TomtatParams,
): Selection {
  const { features, sentenceBigrams } = analyzeBigrams(cluster, scores);
  const probability = Float64Array.from(features, (x) => predictGbdt(bigramModel, x));
  return selectByConcepts(
    cluster,
    vectors,
    { sentenceConcepts: sentenceBigrams, probability },
    scores,
    budget,
    params,
  );
}

/** Expected-F1 selection from concept probabilities already computed (training reuses them). */
export function selectByConcepts(
  cluster: PreparedCluster,
  vectors: readonly SparseVector[],
  weights: ConceptWeights,
  scores: readonly number[],
  budget: Budget,
  params: TomtatParams,
): Selection {
  const perSyllable = params.goldBigramsPerSyllable ?? GOLD_BIGRAMS_PER_SYLLABLE;
  const maxContainment = params.containment;
  const syllableSets: Set<string>[] = [];
  const syllables = (i: number) => {
    syllableSets[i] ??= new Set(cluster.tokens[i]);
    return syllableSets[i];
  };
  const similarity = (i: number, j: number) =>
    cosine(vectors[i] as SparseVector, vectors[j] as SparseVector);
  const paraphrases = (i: number, j: number) =>
    similarity(i, j) > params.redundancy ||
    (maxContainment !== undefined && containment(syllables(i), syllables(j)) > maxContainment);
  return byTiers(cluster, params, (candidates) => {
    const list = [...candidates];
    // The paraphrase index of this tier, made once a run has chosen enough sentences that
    // testing every open candidate after each pick costs more than building it.
    let index: ReturnType<typeof paraphraseIndex> | null = null;
    const run = (waits?: (i: number, summary: readonly number[]) => boolean) => {
      const restatesFigures = figuresTold(
        cluster,
        list,
        syllables,
        params.restatedNumbers,
        params.restatedMostly,
      );
      return selectExpectedF1(cluster, weights, budget, {
        expectedGold: perSyllable * budget.maxSyllables,
        candidates: list,
        scores,
        repeats: (i, summary) =>
          paraphrases(i, summary[summary.length - 1] as number) ||
          (restatesFigures?.repeats(i, summary) ?? false),
        related: (pick, summary, open) => {
          if (summary.length < INDEX_AFTER) return undefined;
          if (index === null)
            index = paraphraseIndex(list, vectors, params.redundancy, syllables, maxContainment);
          if (index === undefined) return undefined;
          // The exact tests, each only where the index cannot rule it out; `repeats` confirms.
          const near = index(pick);
          const out = new Set<number>();
          for (const i of near.cosine)
            if (open(i) && similarity(i, pick) > params.redundancy) out.add(i);
          if (maxContainment !== undefined)
            for (const i of near.containment)
              if (
                open(i) &&
                !out.has(i) &&
                containment(syllables(i), syllables(pick)) > maxContainment
              )
                out.add(i);
          for (const i of restatesFigures?.related(pick, summary) ?? []) if (open(i)) out.add(i);
          return out;
        },
        waits,
      });
    };
    // Sentences that point back wait for their antecedent; if every candidate waits (each
    // document's first sentence left out), the tier is run again without waiting.
    if (params.waitForAntecedent === false) return run();
    const selection = run(awaitsAntecedent(cluster, similarity));
    if (selection.chosen.length > 0) return selection;
    const again = run();
    return again.chosen.length > 0 ? again : bestAlone(cluster, candidates, scores, budget);
  });
}

/**
 * The best-scored candidate that fits the budget, alone: what the summary is when no candidate
 * adds a bigram the objective values (sentences of one syllable, `Cháy.`), rather than nothing.
 */
function bestAlone(
  cluster: PreparedCluster,
  candidates: ReadonlySet<number>,
  scores: readonly number[],
  budget: Budget,
): Selection {
  if (budget.maxSentences < 1) return { chosen: [], scores: [] };
  let best: number | undefined;
  for (const i of candidates) {
    const fits =
      (cluster.sentences[i]?.syllables ?? Number.POSITIVE_INFINITY) <= budget.maxSyllables;
    if (fits && (best === undefined || (scores[i] ?? 0) > (scores[best] ?? 0))) best = i;
  }
  return best === undefined
    ? { chosen: [], scores: [] }
    : { chosen: [best], scores: [scores[best] ?? 0] };
}

/**
 * Picks after which the expected-F1 selection asks the paraphrase index for the candidates to
 * test rather than testing them all (a default budget chooses about five sentences).
 */
const INDEX_AFTER = 8;
