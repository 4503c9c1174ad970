"""Start-up benchmark: process start to main window shown, against bare PySide6.

    python tests/bench/bench_startup.py [--runs N] [--rebuild-large] [--keep]

Builds the realistic demo database (fresh, in a temporary folder) and a generated large
one (50 organisations, 20,000 people, 200 programmes; cached between runs, see
large_db.py), then starts, N times each and interleaved:

- baseline: a bare PySide6 script that shows an empty QMainWindow and reports its first paint;
- demo and large: `python -m mentordesk --db FILE --quit-when-shown`.

Each child runs with QT_QPA_PLATFORM=offscreen and prints `shown-at <epoch seconds>` once
its window is shown; the time is measured from just before the process is spawned. One
unmeasured warm-up round comes first (cold file caches are not what this measures); it
also writes the compiled bytecode, to a private cache, as an installed app would have it.
Prints the median, the ratio to the baseline (goal: at most 1.5x) and each child's peak
memory. Exit status: 0 all within the goal, 1 some over it, 2 a child failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOAL_RATIO = 1.5
CHILD_TIMEOUT = 60.0  # seconds; a child that shows a dialog instead waits forever

# "Shown" means the same event in both: the first paint of the window has finished (a
# window handed to show() but not yet painted is not on the screen).
BASELINE_SCRIPT = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, shown)

def shown():
    print(f"shown-at {time.time()}", flush=True)
    app.exit(0)

app = QApplication(sys.argv[:1])
window = Window()
window.setWindowTitle("baseline")
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""


class ChildFailed(RuntimeError):
    """A benchmarked process did not report its window as shown."""


@dataclass
class Variant:
    name: str
    argv: list[str]
    database: Path | None = None
    seconds: list[float] = field(default_factory=list)
    ready: list[float] = field(default_factory=list)
    peak_kb: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def ready_median(self) -> float:
        """Until the window shows the database (the baseline has none: its shown time)."""
        return statistics.median(self.ready or self.seconds)


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_kb: int | None
    ready: float | None = None


def child_environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("MENTORDESK_DB", None)
    # Compiled bytecode cached as in an installed app (the warm-up round writes it), in a
    # private folder rather than beside the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    # Keep the user's own settings and data folders out of it.
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return env


def run_once(argv: list[str], env: dict[str, str], log: Path) -> Run:
    """Spawn `argv`, wait for `shown-at`, reap it; return the time and peak memory."""
    with log.open("w+b") as stderr:
        started = time.time()
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, env=env)
        timer = threading.Timer(CHILD_TIMEOUT, process.kill)
        timer.start()
        try:
            assert process.stdout is not None
            output = process.stdout.read().decode(errors="replace")
            peak_kb: int | None = None
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(process.pid, 0)
                process.returncode = os.waitstatus_to_exitcode(status)
                # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
                peak_kb = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)
            else:
                process.wait()
        finally:
            timer.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace")
    shown = [line for line in output.splitlines() if line.startswith("shown-at ")]
    if process.returncode != 0 or not shown:
        tail = "\n".join((errors or output).strip().splitlines()[-15:])
        raise ChildFailed(
            f"{' '.join(argv)}\nexited with status {process.returncode} "
            f"{'after' if shown else 'without'} reporting shown-at"
            + (" (killed after the timeout)" if process.returncode == -9 else "")
            + (f"; its last words:\n{tail}" if tail else "")
        )
    ready = [line for line in output.splitlines() if line.startswith("ready-at ")]
    return Run(
        float(shown[0].split()[1]) - started,
        peak_kb,
        float(ready[0].split()[1]) - started if ready else None,
    )


def prepare(argv: list[str], what: str) -> str:
    """Run a preparation step in its own process; return its output.

    Not in this process: a child's peak memory (ru_maxrss) starts from the parent's, so
    the benchmark itself stays small and imports neither Qt nor SQLAlchemy.
    """
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ChildFailed(
            f"preparing the {what} failed: {' '.join(argv)} exited with status "
            f"{done.returncode}:\n{(done.stderr or done.stdout).strip()}"
        )
    print(f"{what}: ready in {time.perf_counter() - started:.1f} s: {done.stdout.strip()}")
    return done.stdout


def build_demo(directory: Path) -> Path:
    """The realistic demo, written by the app's own `demo` command."""
    path = directory / "demo.sqlite3"
    prepare([sys.executable, "-m", "mentordesk", "--db", str(path), "demo"], "demo database")
    return path


def large_database(directory: Path, *, rebuild: bool) -> Path:
    """A private copy of the cached large database (the app may write beside it)."""
    argv = [sys.executable, str(HERE / "large_db.py"), *(["--rebuild"] if rebuild else [])]
    cached = Path(prepare(argv, "large database").strip().splitlines()[-1])
    path = directory / "large.sqlite3"
    shutil.copyfile(cached, path)
    return path


def size_mb(path: Path | None) -> str:
    return "" if path is None else f"{path.stat().st_size / 1e6:.1f} MB"


def report(variants: list[Variant], runs: int) -> int:
    baseline = variants[0].median
    print()
    print(f"Start-up to main window shown, median of {runs} runs (offscreen)")
    header = (
        f"{'variant':<10} {'database':>9} {'median s':>9} {'min s':>7} {'max s':>7} "
        f"{'ratio':>6}  {'goal':<5} {'ready s':>8} {'ratio':>6} {'peak MB':>8}"
    )
    print(header)
    print("-" * len(header))
    over = False
    for v in variants:
        ratio = v.median / baseline
        if v is variants[0]:
            verdict = ""
        elif ratio <= GOAL_RATIO:
            verdict = "PASS"
        else:
            verdict, over = "OVER", True
        peak = f"{max(v.peak_kb) / 1024:.0f}" if v.peak_kb else "n/a"
        print(
            f"{v.name:<10} {size_mb(v.database):>9} {v.median:>9.3f} {min(v.seconds):>7.3f} "
            f"{max(v.seconds):>7.3f} {ratio:>5.2f}x  {verdict:<5} {v.ready_median:>8.3f} "
            f"{v.ready_median / baseline:>5.2f}x {peak:>8}"
        )
    print(f"goal: the main window shown in at most {GOAL_RATIO}x the baseline's time")
    print("ready: until the window shows the database's organisations and programmes")
    return 1 if over else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs each (default 7)")
    parser.add_argument("--rebuild-large", action="store_true", help="rebuild the cached large db")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    work = Path(tempfile.mkdtemp(prefix="mentordesk-bench-"))
    try:
        demo = build_demo(work)
        large = large_database(work, rebuild=args.rebuild_large)

        app = [sys.executable, "-m", "mentordesk", "--quit-when-shown", "--db"]
        variants = [
            Variant("baseline", [sys.executable, "-c", BASELINE_SCRIPT]),
            Variant("demo", [*app, str(demo)], demo),
            Variant("large", [*app, str(large)], large),
        ]
        env = child_environment(work / "home")
        log = work / "child-stderr.txt"
        for round_no in range(args.runs + 1):  # round 0 warms up and is not counted
            for variant in variants:
                run = run_once(variant.argv, env, log)
                if round_no:
                    variant.seconds.append(run.seconds)
                    if run.ready is not None:
                        variant.ready.append(run.ready)
                    if run.peak_kb is not None:
                        variant.peak_kb.append(run.peak_kb)
            print(f"  round {round_no or 'warm-up'} done", flush=True)
        return report(variants, args.runs)
    except ChildFailed as exc:
        print(f"\nbenchmark stopped: a child process failed:\n{exc}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
