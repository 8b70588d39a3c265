"""Finds a JDK that can run the kernel: JAVA_HOME first, then `java` on PATH, each checked for its version."""
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

MIN_VERSION = 17

FIX = (
    f"Install a JDK {MIN_VERSION} or newer (for example `sudo apt install openjdk-{MIN_VERSION}-jdk`, "
    f"`brew install openjdk@{MIN_VERSION}`, or Temurin from https://adoptium.net), then set JAVA_HOME to "
    "its folder or put its bin/ folder on PATH, and restart the kernel."
)


@dataclass
class Candidate:
    origin: str                 # "JAVA_HOME=/x" or "PATH"
    java: Optional[str]         # the executable, None when there is none
    version: Optional[int] = None
    problem: Optional[str] = None

    def describe(self):
        if self.java is None:
            return f"{self.origin}: {self.problem}"
        found = f"Java {self.version}" if self.version else "a java of unknown version"
        return f"{self.origin}: {self.java} is {found}" + (f" ({self.problem})" if self.problem else "")


class NoSuitableJava(Exception):
    def __init__(self, candidates: List[Candidate]):
        lines = [f"jgrad kernel: no JDK {MIN_VERSION} or newer was found."]
        lines += ["  " + c.describe() for c in candidates]
        lines.append(FIX)
        super().__init__("\n".join(lines))


def find_java(environ=os.environ) -> str:
    """The java executable to run the kernel with; raises NoSuitableJava naming every one looked at."""
    candidates = []
    chosen = environ.get("JGRAD_JAVA")  # the same override the source checkout's launcher honours
    if chosen:
        candidates.append(_checked(f"JGRAD_JAVA={chosen}", chosen) if os.access(chosen, os.X_OK)
                          else Candidate(f"JGRAD_JAVA={chosen}", None, problem="not an executable file"))
    home = environ.get("JAVA_HOME")
    if home:
        exe = _executable(Path(home) / "bin")
        candidates.append(_checked(f"JAVA_HOME={home}", exe) if exe
                          else Candidate(f"JAVA_HOME={home}", None, problem="it has no bin/java"))
    else:
        candidates.append(Candidate("JAVA_HOME", None, problem="not set"))
    on_path = shutil.which("java", path=environ.get("PATH", os.defpath))
    candidates.append(_checked("PATH", on_path) if on_path
                      else Candidate("PATH", None, problem="no `java` on it"))
    for candidate in candidates:
        if candidate.java and candidate.problem is None:
            return candidate.java
    raise NoSuitableJava(candidates)


def _executable(bin_dir: Path) -> Optional[str]:
    for name in ("java", "java.exe"):
        if (bin_dir / name).is_file() and os.access(bin_dir / name, os.X_OK):
            return str(bin_dir / name)
    return None


def _checked(origin: str, java: str) -> Candidate:
    candidate = Candidate(origin, java)
    release = _release_file(java)
    if release is not None:
        candidate.version = parse_version(release.get("JAVA_VERSION", ""))
        modules = release.get("MODULES")
        if modules is not None and "jdk.jshell" not in modules.split():
            candidate.problem = "a runtime without jdk.jshell (a JRE); the kernel needs a full JDK"
    if candidate.version is None:
        candidate.version = _version_from_running(java)
    if candidate.problem is None:
        if candidate.version is None:
            candidate.problem = "`java -version` could not be read"
        elif candidate.version < MIN_VERSION:
            candidate.problem = f"the kernel needs {MIN_VERSION} or newer"
    return candidate


def _release_file(java: str) -> Optional[dict]:
    """The JDK's `release` file (KEY="value" lines) beside bin/, read without starting a JVM."""
    release = Path(os.path.realpath(java)).parent.parent / "release"
    try:
        text = release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return {k: v for k, v in re.findall(r'^(\w+)="?(.*?)"?\s*$', text, re.MULTILINE)}


def _version_from_running(java: str) -> Optional[int]:
    try:
        run = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r'version "([^"]+)"', run.stderr + run.stdout)
    return parse_version(match.group(1)) if match else None


def parse_version(text: str) -> Optional[int]:
    """The feature version: "17.0.15" -> 17, "25" -> 25, "21-ea" -> 21, "1.8.0_392" -> 8."""
    match = re.match(r"(\d+)(?:\.(\d+))?", text.strip())
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major
