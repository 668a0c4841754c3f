/*
 * svd.c - truncated singular value decomposition of a sparse matrix by
 * randomized subspace iteration (Halko, Martinsson & Tropp 2011,
 * "Finding structure with randomness", algorithms 4.3 and 5.1), for the
 * latent skill space of bridges.
 *
 * A (m x n, CSR with float values) is multiplied by a fixed pseudo-random
 * n x p test matrix (p = k + oversampling), the range is refined by q
 * power iterations with re-orthonormalisation (modified Gram-Schmidt, run
 * twice), and the small p x p matrix C = Q^T A A^T Q is diagonalised by
 * cyclic Jacobi rotations.  With C = W L W^T, A ~ Q W L^(1/2) V^T, so the
 * row embeddings U S are Q W (first k columns) scaled by sqrt(L), and the
 * column embeddings V S are A^T Q W.  Everything runs in a fixed order
 * from a fixed seed, so the result is the same on every run.  No LAPACK:
 * the only dense problem is p x p (p < 200), where Jacobi is exact enough
 * and simple.
 */
#include <math.h>
#include <string.h>

#include "alloc.h"
#include "svd.h"

/* xorshift64*: a small deterministic generator for the test matrix. */
static double rnd(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return (double)((x * UINT64_C(2685821657736338717)) >> 11) / 9007199254740992.0 * 2.0 - 1.0;
}

/* Y (m x p, row-major) = A X (X: n x p). */
static void mul_a(const brug__csr *a, const double *x, size_t p, double *y)
{
    uint32_t i, k;
    size_t j;
    memset(y, 0, (size_t)a->nrows * p * sizeof(double));
    for (i = 0; i < a->nrows; i++) {
        double *yr = y + (size_t)i * p;
        for (k = a->ptr[i]; k < a->ptr[i + 1]; k++) {
            const double *xr = x + (size_t)a->col[k] * p;
            double v = a->val[k];
            for (j = 0; j < p; j++)
                yr[j] += v * xr[j];
        }
    }
}

/* Z (n x p) = A^T Y (Y: m x p). */
static void mul_at(const brug__csr *a, const double *y, size_t p, double *z)
{
    uint32_t i, k;
    size_t j;
    memset(z, 0, (size_t)a->ncols * p * sizeof(double));
    for (i = 0; i < a->nrows; i++) {
        const double *yr = y + (size_t)i * p;
        for (k = a->ptr[i]; k < a->ptr[i + 1]; k++) {
            double *zr = z + (size_t)a->col[k] * p;
            double v = a->val[k];
            for (j = 0; j < p; j++)
                zr[j] += v * yr[j];
        }
    }
}

/* Orthonormalise the p columns of the r x p row-major matrix y in place
 * (modified Gram-Schmidt twice); a column that vanishes becomes zero. */
static void orthonormalise(double *y, size_t r, size_t p)
{
    size_t c, d, i, pass;
    for (pass = 0; pass < 2; pass++)
        for (c = 0; c < p; c++) {
            double nrm = 0.0;
            for (d = 0; d < c; d++) {
                double dot = 0.0;
                for (i = 0; i < r; i++)
                    dot += y[i * p + c] * y[i * p + d];
                for (i = 0; i < r; i++)
                    y[i * p + c] -= dot * y[i * p + d];
            }
            for (i = 0; i < r; i++)
                nrm += y[i * p + c] * y[i * p + c];
            nrm = sqrt(nrm);
            for (i = 0; i < r; i++)
                y[i * p + c] = nrm > 1e-300 ? y[i * p + c] / nrm : 0.0;
        }
}

/* Eigen-decomposition of the symmetric p x p matrix c (destroyed): the
 * eigenvalues into lam, the eigenvectors as columns of w. */
static void jacobi(double *c, size_t p, double *lam, double *w)
{
    size_t i, j, k, sweep;
    for (i = 0; i < p; i++)
        for (j = 0; j < p; j++)
            w[i * p + j] = i == j ? 1.0 : 0.0;
    for (sweep = 0; sweep < 60; sweep++) {
        double off = 0.0, tot = 0.0;
        for (i = 0; i < p; i++)
            for (j = 0; j < p; j++) {
                tot += c[i * p + j] * c[i * p + j];
                if (i != j)
                    off += c[i * p + j] * c[i * p + j];
            }
        if (off <= 1e-24 * tot || tot == 0.0)
            break;
        for (i = 0; i + 1 < p; i++)
            for (j = i + 1; j < p; j++) {
                double apq = c[i * p + j], app, aqq, theta, t, cs, sn;
                if (fabs(apq) < 1e-300)
                    continue;
                app = c[i * p + i];
                aqq = c[j * p + j];
                theta = (aqq - app) / (2.0 * apq);
                t = (theta >= 0 ? 1.0 : -1.0) / (fabs(theta) + sqrt(theta * theta + 1.0));
                cs = 1.0 / sqrt(t * t + 1.0);
                sn = t * cs;
                for (k = 0; k < p; k++) {
                    double cki = c[k * p + i], ckj = c[k * p + j];
                    c[k * p + i] = cs * cki - sn * ckj;
                    c[k * p + j] = sn * cki + cs * ckj;
                }
                for (k = 0; k < p; k++) {
                    double cik = c[i * p + k], cjk = c[j * p + k];
                    c[i * p + k] = cs * cik - sn * cjk;
                    c[j * p + k] = sn * cik + cs * cjk;
                }
                for (k = 0; k < p; k++) {
                    double wki = w[k * p + i], wkj = w[k * p + j];
                    w[k * p + i] = cs * wki - sn * wkj;
                    w[k * p + j] = sn * wki + cs * wkj;
                }
            }
    }
    for (i = 0; i < p; i++)
        lam[i] = c[i * p + i];
}

brug_err brug__svd(const brug__csr *a, unsigned k, unsigned power, uint64_t seed,
                   const brug_alloc *alloc, float *rows, float *cols, size_t ncols_out,
                   double *sigma)
{
    size_t m = a->nrows, n = a->ncols, p = (size_t)k + 10, i, j, c;
    double *x, *y, *z, *cm, *lam, *w, *order_lam;
    size_t *order;
    uint64_t s = seed ? seed : UINT64_C(0x9e3779b97f4a7c15);
    unsigned it;
    brug_err err = BRUG_ENOMEM;

    if (k == 0 || p > n || p > m)
        return BRUG_EINVAL;
    x = brug__malloc(alloc, (n > m ? n : m) * p * sizeof(double));
    y = brug__malloc(alloc, m * p * sizeof(double));
    z = brug__malloc(alloc, n * p * sizeof(double));
    cm = brug__malloc(alloc, p * p * sizeof(double));
    lam = brug__malloc(alloc, p * sizeof(double));
    w = brug__malloc(alloc, p * p * sizeof(double));
    order = brug__malloc(alloc, p * sizeof(size_t));
    order_lam = brug__malloc(alloc, p * sizeof(double));
    if (!x || !y || !z || !cm || !lam || !w || !order || !order_lam)
        goto done;

    for (i = 0; i < n * p; i++)
        x[i] = rnd(&s);
    mul_a(a, x, p, y);
    orthonormalise(y, m, p);
    /* Power iterations on the (small) row side only: the column side
     * has as many rows as there are skills and words. */
    for (it = 0; it < power; it++) {
        mul_at(a, y, p, z);
        mul_a(a, z, p, x);
        memcpy(y, x, m * p * sizeof(double));
        orthonormalise(y, m, p);
    }
    /* C = Q^T A (A^T Q), with G = A (A^T Q) in x */
    mul_at(a, y, p, z);
    mul_a(a, z, p, x);
    for (i = 0; i < p; i++)
        for (j = i; j < p; j++) {
            double dot = 0.0;
            for (c = 0; c < m; c++)
                dot += y[c * p + i] * x[c * p + j];
            cm[i * p + j] = cm[j * p + i] = dot;
        }
    /* symmetrise rounding */
    for (i = 0; i < p; i++)
        for (j = i + 1; j < p; j++)
            cm[i * p + j] = cm[j * p + i] = 0.5 * (cm[i * p + j] + cm[j * p + i]);
    jacobi(cm, p, lam, w);
    /* Eigenvalues descending (ties by index, for determinism). */
    for (i = 0; i < p; i++)
        order[i] = i;
    for (i = 1; i < p; i++) {
        size_t o = order[i];
        for (j = i; j > 0 && (lam[order[j - 1]] < lam[o] ||
                              (lam[order[j - 1]] == lam[o] && order[j - 1] > o));
             j--)
            order[j] = order[j - 1];
        order[j] = o;
    }
    for (i = 0; i < p; i++)
        order_lam[i] = lam[order[i]] > 0.0 ? lam[order[i]] : 0.0;
    /* rows: U S = Q W_k (norms of each column of Q W are 1, scaled by sigma). */
    for (i = 0; i < m; i++)
        for (j = 0; j < k; j++) {
            double v = 0.0;
            for (c = 0; c < p; c++)
                v += y[i * p + c] * w[c * p + order[j]];
            rows[i * k + j] = (float)(v * sqrt(order_lam[j]));
        }
    /* cols: V S = A^T U = (A^T Q) W_k */
    if (cols)
        for (i = 0; i < ncols_out && i < n; i++)
            for (j = 0; j < k; j++) {
                double v = 0.0;
                for (c = 0; c < p; c++)
                    v += z[i * p + c] * w[c * p + order[j]];
                cols[i * k + j] = (float)v;
            }
    if (sigma)
        for (j = 0; j < k; j++)
            sigma[j] = sqrt(order_lam[j]);
    err = BRUG_OK;
done:
    brug__free(alloc, x);
    brug__free(alloc, y);
    brug__free(alloc, z);
    brug__free(alloc, cm);
    brug__free(alloc, lam);
    brug__free(alloc, w);
    brug__free(alloc, order);
    brug__free(alloc, order_lam);
    return err;
}
