package io.drydock.engine.container;

import java.util.List;

/**
 * The word lists behind generated names: adjectives, and surnames of scientists and engineers,
 * chosen for drydock. Lowercase letters only, so every combination is a valid container name.
 */
final class NameWords {
  private NameWords() {}

  static final List<String> ADJECTIVES =
      List.of(
      "able", "agile", "amber", "ardent", "astute", "bold", "brave", "breezy", "bright", "brisk",
      "calm", "candid", "careful", "cheerful", "civic", "clever", "cosmic", "crisp", "curious",
      "dapper", "daring", "deft", "devoted", "diligent", "eager", "earnest", "easy", "elated",
      "elegant", "epic", "exact", "fair", "fearless", "fervent", "festive", "fluent", "focused",
      "frank", "friendly", "frosty", "gallant", "gentle", "giddy", "gleaming", "golden",
      "graceful", "grand", "happy", "hardy", "hearty", "helpful", "honest", "hopeful", "humble",
      "jolly", "jovial", "keen", "kind", "lively", "loyal", "lucid", "lucky", "mellow", "merry",
      "mindful", "modest", "nimble", "noble", "patient", "peaceful", "plucky", "polite",
      "precise", "proud", "quick", "quiet", "radiant", "rapid", "ready", "resolute", "robust",
      "serene", "sharp", "shiny", "silent", "sincere", "sleek", "smart", "snappy", "solid",
      "spry", "stoic", "sturdy", "sunny", "swift", "tender", "thrifty", "tidy", "tranquil",
      "trusty", "upbeat", "valiant", "vivid", "warm", "wise", "witty", "zealous", "zesty");

  static final List<String> SURNAMES =
      List.of(
      "abel", "agassi", "agnesi", "alhazen", "alvarez", "ampere", "anning", "apgar",
      "archimedes", "aristarchus", "arrhenius", "avogadro", "babbage", "bacon", "baekeland",
      "banach", "banneker", "bardeen", "bassi", "bell", "berners", "bernoulli", "bessel",
      "bethe", "bhabha", "biruni", "blackwell", "bloch", "bohr", "boltzmann", "boole", "borg",
      "born", "bose", "boyle", "bragg", "brahe", "brattain", "brunel", "burnell", "cajal",
      "cantor", "carnot", "carson", "cauchy", "cavendish", "cayley", "celsius", "cerf",
      "chadwick", "chandrasekhar", "chebyshev", "clarke", "cohen", "colmar", "compton",
      "copernicus", "coulomb", "crick", "curie", "cuvier", "dalton", "darwin", "davy",
      "dedekind", "descartes", "dijkstra", "diophantus", "dirac", "doppler", "edison", "ehrlich",
      "einstein", "engelbart", "euclid", "euler", "fahrenheit", "faraday", "fermat", "fermi",
      "feynman", "fibonacci", "fleming", "fourier", "franklin", "fresnel", "galilei", "galois",
      "galvani", "gamow", "gauss", "gibbs", "goddard", "goodall", "gosling", "hamilton",
      "hamming", "hawking", "heisenberg", "helmholtz", "herodotus", "herschel", "hertz",
      "hilbert", "hipparchus", "hodgkin", "hollerith", "hooke", "hopper", "hubble", "huffman",
      "humboldt", "huygens", "hypatia", "jacobi", "jansky", "jenner", "joule", "kahn", "kelvin",
      "kepler", "khorana", "kilby", "knuth", "kolmogorov", "kovalevskaya", "kuiper", "lagrange",
      "lamarr", "lamport", "laplace", "lavoisier", "leakey", "leavitt", "leibniz", "lemaitre",
      "liebig", "linnaeus", "liskov", "lister", "lorentz", "lovelace", "lyell", "mach",
      "marconi", "mauchly", "maxwell", "mayer", "mcclintock", "meitner", "mendel", "mendeleev",
      "michelson", "millikan", "minkowski", "mirzakhani", "moseley", "napier", "newton", "nobel",
      "noether", "noyce", "nyquist", "ochoa", "ohm", "oppenheimer", "ostrom", "parnas", "pascal",
      "pasteur", "pauli", "pauling", "pavlov", "perlman", "pike", "planck", "poincare",
      "priestley", "ptolemy", "pythagoras", "raman", "ramanujan", "rayleigh", "riemann",
      "ritchie", "rivest", "roentgen", "rubin", "rutherford", "sagan", "salk", "sanger",
      "schrodinger", "shannon", "snell", "sommerfeld", "stallman", "stokes", "sutherland",
      "swartz", "tesla", "thales", "thompson", "thomson", "thorne", "torricelli", "turing",
      "tyson", "vavilov", "venter", "volta", "wallace", "watt", "wegener", "weierstrass",
      "wiles", "wilkins", "wozniak", "wright", "yalow", "yukawa", "zuse");
}
