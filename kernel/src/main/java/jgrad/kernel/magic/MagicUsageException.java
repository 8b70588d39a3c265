package jgrad.kernel.magic;

/** A magic was called wrongly; the kernel shows only this one-line message, no stack trace. */
public final class MagicUsageException extends IllegalArgumentException {
    public MagicUsageException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message is the whole story
    }
}
