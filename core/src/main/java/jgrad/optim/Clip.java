package jgrad.optim;

import java.util.List;

import jgrad.autograd.Tensor;

/** Gradient clipping, like torch.nn.utils.clip_grad_norm_ / clip_grad_value_; parameters without a gradient are skipped. */
public final class Clip {
    private Clip() {
    }

    /** Scales all gradients by maxNorm / (norm + 1e-6) when their joint L2 norm exceeds maxNorm; returns the norm before clipping. */
    public static double gradNorm(List<Tensor> params, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("Clip.gradNorm: maxNorm must be > 0, got " + maxNorm);
        }
        double sumSquares = 0;
        for (Tensor p : params) {
            if (p.grad() != null) {
                for (double g : p.grad().toArray()) {
                    sumSquares += g * g;
                }
            }
        }
        double norm = Math.sqrt(sumSquares);
        if (norm > maxNorm) {
            double scale = maxNorm / (norm + 1e-6);
            for (Tensor p : params) {
                if (p.grad() != null) {
                    double[] g = p.grad().toArray();
                    for (int i = 0; i < g.length; i++) {
                        g[i] *= scale;
                    }
                    p.grad().assign(g);
                }
            }
        }
        return norm;
    }

    /** torch.nn.utils.clip_grad_norm_ under jgrad's in-place naming: the same as {@link #gradNorm}. */
    public static double gradNorm_(List<Tensor> params, double maxNorm) {
        return gradNorm(params, maxNorm);
    }

    /** torch.nn.utils.clip_grad_value_ under jgrad's in-place naming: the same as {@link #gradValue}. */
    public static void gradValue_(List<Tensor> params, double clip) {
        gradValue(params, clip);
    }

    /** Clamps every gradient element into [-clip, clip]. */
    public static void gradValue(List<Tensor> params, double clip) {
        if (!(clip > 0)) {
            throw new IllegalArgumentException("Clip.gradValue: clip must be > 0, got " + clip);
        }
        for (Tensor p : params) {
            if (p.grad() != null) {
                double[] g = p.grad().toArray();
                for (int i = 0; i < g.length; i++) {
                    g[i] = Math.max(-clip, Math.min(clip, g[i]));
                }
                p.grad().assign(g);
            }
        }
    }
}
