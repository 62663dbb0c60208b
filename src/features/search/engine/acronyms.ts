/**
 * Acronyms, two kinds. The field's common ones (ODE, GAN, NTK, ...) are a fixed dictionary: a query word that is one
 * of them also finds talks that spell the phrase out. Any other can be formed by a title's own words: "EPG" finds
 * "Evolved Policy Gradients", "HGRL" finds "Hierarchical Graph Representation Learning ...".
 */
import { isStopword, termOf, tokenize, type Token } from './text'

const PHRASES: Record<string, string> = {
  ann: 'artificial neural network',
  bn: 'batch normalization',
  cnn: 'convolutional neural network',
  crf: 'conditional random field',
  dnn: 'deep neural network',
  dqn: 'deep q network',
  elbo: 'evidence lower bound',
  em: 'expectation maximization',
  gan: 'generative adversarial network',
  gcn: 'graph convolutional network',
  gnn: 'graph neural network',
  gp: 'gaussian process',
  hmc: 'hamiltonian monte carlo',
  hmm: 'hidden markov model',
  kl: 'kullback leibler',
  llm: 'large language model',
  lstm: 'long short term memory',
  maml: 'model agnostic meta learning',
  mcmc: 'markov chain monte carlo',
  mdp: 'markov decision process',
  mle: 'maximum likelihood estimation',
  mlp: 'multilayer perceptron',
  nas: 'neural architecture search',
  nerf: 'neural radiance field',
  nlp: 'natural language processing',
  ntk: 'neural tangent kernel',
  ode: 'ordinary differential equation',
  pca: 'principal component analysis',
  pde: 'partial differential equation',
  rkhs: 'reproducing kernel hilbert space',
  rl: 'reinforcement learning',
  rnn: 'recurrent neural network',
  sde: 'stochastic differential equation',
  sgd: 'stochastic gradient descent',
  svm: 'support vector machine',
  vae: 'variational autoencoder',
  vi: 'variational inference',
}

/** The dictionary, as terms: "ode" -> ["ordinary", "differential", "equation"]. */
export const ACRONYM_PHRASES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(PHRASES).map(([acronym, phrase]) => [acronym, phrase.split(' ').map(termOf)]),
)

/** Acronyms formed by title words are this long: two letters match too many titles by chance. */
export const MIN_INITIALS = 3
export const MAX_INITIALS = 8

/** Is `term` shaped like an acronym a title could form (letters only, 3 to 8 of them)? */
export function couldBeInitials(term: string): boolean {
  return term.length >= MIN_INITIALS && term.length <= MAX_INITIALS && /^[a-z]+$/.test(term)
}

/**
 * The words of a title that count for its acronym, in order: written words, not stopwords ("Learning with
 * Differentiable Pooling" -> L, D, P). Hyphenated words count each part ("Model-Agnostic" -> M, A).
 */
export function initialWords(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.plain && !isStopword(t.term) && /^\p{L}/u.test(t.term))
}

/** The first letters of a title's acronym words, "bmaml" for "Bayesian Model-Agnostic Meta-Learning". */
export function titleInitials(title: string): string {
  return initialWords(tokenize(title))
    .map((t) => t.term[0])
    .join('')
}

/**
 * The spans of the words whose initials spell `acronym` in `title`, for highlighting; empty when they don't.
 * Marks the first run found, as the engine matches any run of consecutive acronym words.
 */
export function initialsSpans(title: string, acronym: string): { start: number; end: number }[] {
  if (!couldBeInitials(acronym)) return []
  const words = initialWords(tokenize(title))
  const at = words
    .map((t) => t.term[0])
    .join('')
    .indexOf(acronym)
  if (at < 0) return []
  return words.slice(at, at + acronym.length).map(({ start, end }) => ({ start, end }))
}
