package jgrad.kernel.eval;

/** A cell tried to do something that would kill the kernel (e.g. System.exit). */
public final class ForbiddenCallException extends Exception {
    public ForbiddenCallException(String message) {
        super(message);
    }
}
