"""Jupyter protocol conformance of the jgrad kernel (jupyter_kernel_test 0.7.0).

Needs the "jgrad" kernelspec installed (scripts/install-kernel.sh)."""
import unittest

import jupyter_kernel_test


class JGradKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "jgrad"
    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "Integer.MAX_", "matches": {"MAX_VALUE"}},
    ]
    complete_code_samples = ["1 + 1", "int a = 1;", "void f() { }", "%lsmagic"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int b = (1 +", "class C {"]
    invalid_code_samples = ["}"]

    code_generate_error = 'throw new RuntimeException("boom");'

    code_execute_result = [
        {"code": "1 + 1", "result": "2"},
        {"code": '"ab" + "cd"', "result": "abcd"},
        {"code": "int six = 6;\nsix * 7", "result": "42"},
    ]

    code_display_data = [
        {"code": 'display("shown");', "mime": "text/plain"},
    ]

    code_inspect_sample = "Math"

    code_clear_output = 'System.out.println("old"); clearOutput(false);'

    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1 + ?"

    code_page_something = "?Math.max"


if __name__ == "__main__":
    unittest.main()
