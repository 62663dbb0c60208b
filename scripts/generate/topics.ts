/**
 * Research topics of the synthetic conference. Each has its own vocabulary, so a talk's title and abstract are
 * recognisably about it, and a benchmark can score a topic query: the talks of that topic are the relevant ones.
 */
export interface Topic {
  id: string
  name: string
  /** Words and phrases that say what the topic is; titles and abstracts draw on them. */
  terms: string[]
  /** Things the topic's methods are, for titles: "<method> for <task>". */
  methods: string[]
  tasks: string[]
}

export const TOPICS: Topic[] = [
  {
    id: 'graph-learning',
    name: 'graph neural networks',
    terms: [
      'graph',
      'node embeddings',
      'message passing',
      'graph pooling',
      'link prediction',
      'GNN',
    ],
    methods: [
      'Graph Attention Networks',
      'Hierarchical Graph Pooling',
      'Spectral Graph Convolutions',
      'Message Passing Networks',
    ],
    tasks: [
      'Molecule Property Prediction',
      'Node Classification',
      'Link Prediction',
      'Graph Classification',
    ],
  },
  {
    id: 'reinforcement-learning',
    name: 'reinforcement learning',
    terms: [
      'policy',
      'reward',
      'agent',
      'exploration',
      'value function',
      'Markov decision process',
    ],
    methods: [
      'Off-Policy Actor-Critic',
      'Model-Based Policy Optimization',
      'Curiosity-Driven Exploration',
      'Hierarchical Reinforcement Learning',
    ],
    tasks: [
      'Continuous Control',
      'Sparse-Reward Environments',
      'Robotic Manipulation',
      'Multi-Agent Games',
    ],
  },
  {
    id: 'generative-adversarial',
    name: 'generative adversarial networks',
    terms: [
      'generator',
      'discriminator',
      'adversarial training',
      'mode collapse',
      'GAN',
      'image synthesis',
    ],
    methods: [
      'Conditional GANs',
      'Progressive Adversarial Training',
      'Spectrally Normalized Discriminators',
      'Wasserstein GANs',
    ],
    tasks: [
      'High-Resolution Image Synthesis',
      'Text-to-Image Generation',
      'Domain Translation',
      'Data Augmentation',
    ],
  },
  {
    id: 'differential-equations',
    name: 'neural differential equations',
    terms: [
      'ordinary differential equation',
      'ODE solver',
      'continuous-depth',
      'adjoint method',
      'dynamical system',
      'ODE',
    ],
    methods: [
      'Neural Ordinary Differential Equations',
      'Latent ODEs',
      'Augmented Neural ODEs',
      'Stochastic Differential Equations',
    ],
    tasks: [
      'Irregularly Sampled Time Series',
      'Continuous Normalizing Flows',
      'Physical Simulation',
      'Trajectory Forecasting',
    ],
  },
  {
    id: 'meta-learning',
    name: 'meta-learning',
    terms: [
      'few-shot',
      'meta-learner',
      'task distribution',
      'fast adaptation',
      'support set',
      'learning to learn',
    ],
    methods: [
      'Model-Agnostic Meta-Learning',
      'Prototypical Networks',
      'Meta-Learned Optimizers',
      'Amortized Task Inference',
    ],
    tasks: [
      'Few-Shot Classification',
      'Rapid Adaptation',
      'Cross-Domain Transfer',
      'Continual Learning',
    ],
  },
  {
    id: 'optimization',
    name: 'stochastic optimization',
    terms: [
      'stochastic gradient descent',
      'convergence rate',
      'step size',
      'momentum',
      'loss landscape',
      'SGD',
    ],
    methods: [
      'Adaptive Gradient Methods',
      'Variance-Reduced SGD',
      'Accelerated Momentum',
      'Second-Order Optimizers',
    ],
    tasks: [
      'Non-Convex Optimization',
      'Large-Batch Training',
      'Distributed Training',
      'Hyperparameter Tuning',
    ],
  },
  {
    id: 'bayesian-inference',
    name: 'Bayesian inference',
    terms: [
      'posterior',
      'variational inference',
      'uncertainty',
      'prior',
      'Monte Carlo',
      'evidence lower bound',
    ],
    methods: [
      'Stochastic Variational Inference',
      'Hamiltonian Monte Carlo',
      'Bayesian Neural Networks',
      'Gaussian Processes',
    ],
    tasks: [
      'Uncertainty Quantification',
      'Probabilistic Forecasting',
      'Active Learning',
      'Model Selection',
    ],
  },
  {
    id: 'kernel-methods',
    name: 'kernel methods',
    terms: [
      'kernel',
      'reproducing kernel Hilbert space',
      'random features',
      'infinite width',
      'neural tangent kernel',
      'NTK',
    ],
    methods: [
      'Random Fourier Features',
      'Neural Tangent Kernels',
      'Kernel Ridge Regression',
      'Nystrom Approximations',
    ],
    tasks: [
      'Scalable Regression',
      'Two-Sample Testing',
      'Wide Network Analysis',
      'Function Approximation',
    ],
  },
  {
    id: 'natural-language',
    name: 'natural language processing',
    terms: ['language model', 'token', 'translation', 'attention', 'transformer', 'NLP'],
    methods: [
      'Transformer Language Models',
      'Sequence-to-Sequence Attention',
      'Contextual Word Embeddings',
      'Retrieval-Augmented Generation',
    ],
    tasks: ['Machine Translation', 'Question Answering', 'Summarization', 'Dialogue Systems'],
  },
  {
    id: 'computer-vision',
    name: 'computer vision',
    terms: [
      'image',
      'convolutional network',
      'object detection',
      'segmentation',
      'visual recognition',
      'CNN',
    ],
    methods: [
      'Residual Convolutional Networks',
      'Vision Transformers',
      'Feature Pyramid Networks',
      'Self-Supervised Visual Pretraining',
    ],
    tasks: ['Object Detection', 'Semantic Segmentation', 'Video Understanding', 'Pose Estimation'],
  },
  {
    id: 'fairness',
    name: 'fairness in machine learning',
    terms: [
      'fairness',
      'bias',
      'demographic parity',
      'protected attribute',
      'equal opportunity',
      'discrimination',
    ],
    methods: [
      'Fair Representation Learning',
      'Counterfactual Fairness',
      'Post-Processing Calibration',
      'Adversarial Debiasing',
    ],
    tasks: ['Fair Classification', 'Lending Decisions', 'Hiring Pipelines', 'Risk Assessment'],
  },
  {
    id: 'privacy',
    name: 'differential privacy',
    terms: [
      'differential privacy',
      'privacy budget',
      'noise mechanism',
      'membership inference',
      'federated',
      'DP-SGD',
    ],
    methods: [
      'Private Aggregation',
      'Federated Averaging',
      'Noisy Gradient Descent',
      'Secure Multiparty Computation',
    ],
    tasks: ['Federated Learning', 'Private Data Release', 'Medical Records', 'On-Device Learning'],
  },
  {
    id: 'causality',
    name: 'causal inference',
    terms: [
      'causal',
      'intervention',
      'confounder',
      'counterfactual',
      'treatment effect',
      'structural causal model',
    ],
    methods: [
      'Causal Discovery',
      'Instrumental Variables',
      'Doubly Robust Estimators',
      'Structural Causal Models',
    ],
    tasks: [
      'Treatment Effect Estimation',
      'Policy Evaluation',
      'Observational Studies',
      'Causal Structure Learning',
    ],
  },
  {
    id: 'robustness',
    name: 'adversarial robustness',
    terms: [
      'adversarial examples',
      'perturbation',
      'certified robustness',
      'attack',
      'robust training',
      'threat model',
    ],
    methods: [
      'Adversarial Training',
      'Randomized Smoothing',
      'Interval Bound Propagation',
      'Lipschitz-Constrained Networks',
    ],
    tasks: [
      'Certified Defenses',
      'Black-Box Attacks',
      'Distribution Shift',
      'Safety-Critical Perception',
    ],
  },
  {
    id: 'normalizing-flows',
    name: 'normalizing flows',
    terms: [
      'normalizing flow',
      'invertible',
      'density estimation',
      'change of variables',
      'Jacobian determinant',
      'likelihood',
    ],
    methods: [
      'Invertible Residual Networks',
      'Autoregressive Flows',
      'Coupling Layers',
      'Continuous Flows',
    ],
    tasks: [
      'Density Estimation',
      'Variational Posteriors',
      'Lossless Compression',
      'Anomaly Detection',
    ],
  },
  {
    id: 'theory-generalization',
    name: 'generalization theory',
    terms: [
      'generalization bound',
      'overparameterization',
      'sample complexity',
      'PAC-Bayes',
      'implicit regularization',
      'margin',
    ],
    methods: [
      'PAC-Bayesian Bounds',
      'Uniform Stability',
      'Double Descent Analysis',
      'Norm-Based Capacity',
    ],
    tasks: [
      'Deep Network Generalization',
      'Overparameterized Models',
      'Interpolation Regimes',
      'Benign Overfitting',
    ],
  },
]

/** Words every abstract shares, whatever its topic: they carry no topical signal. */
export const GENERIC_SENTENCES = [
  'We propose a novel {method} approach that addresses a central limitation of {term}.',
  'Existing methods for {task} rely on strong assumptions about {term} that rarely hold in practice.',
  'Our analysis shows that {term} plays a critical role in the behaviour of {method}.',
  'We evaluate the approach on standard benchmarks for {task} and report consistent improvements.',
  'Experiments demonstrate that {method} outperforms strong baselines while using fewer parameters.',
  'We provide theoretical guarantees that connect {term} to the performance of the learned model.',
  'The resulting algorithm is simple to implement and scales to large datasets.',
  'In contrast to prior work, our formulation treats {term} as a first-class object of learning.',
  'We further study how {term} interacts with {term2} across a range of settings.',
  'Code and pretrained models are released to support reproducible research on {task}.',
  'Ablation studies isolate the contribution of each component of the method.',
  'These results suggest that {term} is a promising direction for {task}.',
  'A key insight is that {term2} can be estimated efficiently from limited data.',
  'We also discuss limitations and open questions raised by our findings on {term}.',
]

export const TITLE_TEMPLATES = [
  '{method} for {task}',
  '{qualifier} {method} for {task}',
  '{qualifier} {term} for {task}',
  'Towards {qualifier} {method}',
  '{method} Meets {term}: {property} in {task}',
  'Beyond {term}: {qualifier} {method}',
  'On the {property} of {method}',
  '{method}: {property} and {property2}',
  'Learning {task} with {method}',
  'Rethinking {term} in {task}',
  'Provable {property} of {method} for {task}',
  'When Does {term} Help {task}?',
]

export const QUALIFIERS = [
  'Efficient',
  'Scalable',
  'Robust',
  'Sparse',
  'Differentiable',
  'Provably Efficient',
  'Hierarchical',
  'Implicit',
  'Adaptive',
  'Unsupervised',
  'Compositional',
  'Equivariant',
  'Online',
  'Distributed',
  'Lightweight',
]

export const PROPERTIES = [
  'Convergence',
  'Robustness',
  'Expressivity',
  'Sample Efficiency',
  'Stability',
  'Generalization',
  'Calibration',
  'Implicit Bias',
  'Scalability',
  'Identifiability',
]
