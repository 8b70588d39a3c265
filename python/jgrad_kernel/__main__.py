"""`python -m jgrad_kernel install [--user | --sys-prefix | --prefix DIR]` and `... uninstall`."""
import argparse
import sys

from . import DISPLAY_NAME, KERNEL_NAME, kernelspec


def parser():
    p = argparse.ArgumentParser(prog="python -m jgrad_kernel",
                                description="Install or remove the Java (jgrad) Jupyter kernelspec.")
    commands = p.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install", help="install the kernelspec (system-wide by default)")
    uninstall = commands.add_parser("uninstall", help="remove the kernelspec")
    for sub in (install, uninstall):
        where = sub.add_mutually_exclusive_group()
        where.add_argument("--user", action="store_true", help="for this user only")
        where.add_argument("--sys-prefix", action="store_true",
                           help=f"into this Python environment ({sys.prefix})")
        where.add_argument("--prefix", metavar="DIR", help="under DIR/share/jupyter/kernels")
        sub.add_argument("--name", default=KERNEL_NAME, help=f"kernelspec name (default {KERNEL_NAME})")
    install.add_argument("--display-name", default=DISPLAY_NAME,
                         help=f"name shown in the launcher (default {DISPLAY_NAME!r})")
    install.add_argument("--env", nargs=2, metavar=("ENV", "VALUE"), action="append", default=[],
                         help="set an environment variable for the kernel, e.g. --env JGRAD_JVM_OPTS -Xmx8g")
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    prefix = sys.prefix if args.sys_prefix else args.prefix
    try:
        if args.command == "install":
            folder = kernelspec.install(args.user, prefix, args.name, args.display_name, dict(args.env))
            print(f"Installed kernelspec {args.name} in {folder}")
        else:
            folder = kernelspec.uninstall(args.user, prefix, args.name)
            print(f"Removed kernelspec {args.name} from {folder}")
    except PermissionError as e:
        print(f"{e}\nNo permission to write there: add --user or --sys-prefix.", file=sys.stderr)
        return 1
    except FileNotFoundError as e:
        print(e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
