// Multinomial logistic regression with an elastic-net penalty (L1 makes the weights sparse,
// so each feature speaks for few types and --explain stays short; L2 keeps them small),
// fitted by FISTA (accelerated proximal gradient). Samples are sparse: [[featureIndex, value]].
// The intercepts (priors) are not penalised.

/** Samples in compressed rows: typed arrays, so an iteration allocates nothing. */
function compress(rows) {
  const nnz = rows.reduce((s, r) => s + r.x.length, 0);
  const ptr = new Int32Array(rows.length + 1), idx = new Int32Array(nnz), val = new Float64Array(nnz);
  let at = 0;
  rows.forEach((r, i) => {
    for (const [j, v] of r.x) (idx[at] = j), (val[at++] = v);
    ptr[i + 1] = at;
  });
  return { ptr, idx, val };
}

/**
 * rows: [{x: [[j, v]...], y: classIndex, w: sampleWeight}], d features, k classes.
 * Returns {W: Float64Array(d*k) row-major by feature, b: Float64Array(k)}.
 */
export function fitLogistic(rows, d, k, { l1 = 0.002, l2 = 0.01, iterations = 1500 } = {}) {
  const { ptr, idx, val } = compress(rows);
  const n = rows.length;
  const totalWeight = rows.reduce((s, r) => s + r.w, 0);
  const scale = Float64Array.from(rows, (r) => r.w / totalWeight);
  const ys = Int32Array.from(rows, (r) => r.y);
  // Step size from a bound on the loss's curvature: the largest squared norm of a sample.
  let maxNorm = 1;
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (let a = ptr[i]; a < ptr[i + 1]; a++) s += val[a] * val[a];
    maxNorm = Math.max(maxNorm, s);
  }
  const step = 1 / (0.5 * maxNorm + l2);
  const size = d * k;
  let W = new Float64Array(size), b = new Float64Array(k), nextW = new Float64Array(size), nextB = new Float64Array(k);
  const Wy = new Float64Array(size), by = new Float64Array(k);
  const gW = new Float64Array(size), gb = new Float64Array(k), p = new Float64Array(k);
  let t = 1;
  for (let it = 0; it < iterations; it++) {
    gW.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) p[c] = by[c];
      for (let a = ptr[i]; a < ptr[i + 1]; a++) {
        const base = idx[a] * k, v = val[a];
        for (let c = 0; c < k; c++) p[c] += Wy[base + c] * v;
      }
      softmaxInPlace(p);
      p[ys[i]] -= 1;
      for (let c = 0; c < k; c++) p[c] *= scale[i];
      for (let c = 0; c < k; c++) gb[c] += p[c];
      for (let a = ptr[i]; a < ptr[i + 1]; a++) {
        const base = idx[a] * k, v = val[a];
        for (let c = 0; c < k; c++) gW[base + c] += p[c] * v;
      }
    }
    for (let i = 0; i < size; i++) {
      const z = Wy[i] - step * (gW[i] + l2 * Wy[i]);
      nextW[i] = z > step * l1 ? z - step * l1 : z < -step * l1 ? z + step * l1 : 0;
    }
    for (let c = 0; c < k; c++) nextB[c] = by[c] - step * gb[c];
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const mom = (t - 1) / tNext;
    for (let i = 0; i < size; i++) Wy[i] = nextW[i] + mom * (nextW[i] - W[i]);
    for (let c = 0; c < k; c++) by[c] = nextB[c] + mom * (nextB[c] - b[c]);
    [W, nextW] = [nextW, W];
    [b, nextB] = [nextB, b];
    t = tNext;
  }
  return { W: W.slice(), b: b.slice() };
}

export function scores(W, b, x, k, out = new Float64Array(k)) {
  for (let c = 0; c < k; c++) out[c] = b[c];
  for (const [j, v] of x) for (let c = 0; c < k; c++) out[c] += W[j * k + c] * v;
  return out;
}

export function softmaxInPlace(s) {
  let max = -Infinity;
  for (const v of s) max = Math.max(max, v);
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s[i] = Math.exp(s[i] - max);
  for (let i = 0; i < s.length; i++) s[i] /= sum;
  return s;
}
