package jgrad.autograd;

/** In-place write counter shared by a storage array and all its views (PyTorch's tensor._version). */
final class Version {
    private int value;

    int get() { return value; }

    void bump() { value++; }
}
