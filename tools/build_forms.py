"""Compile the Qt Designer forms: ui/<name>.ui -> mentordesk/gui/forms/ui_<name>.py.

    python tools/build_forms.py           regenerate every form
    python tools/build_forms.py --check   exit 1 listing forms that are stale or missing

The generated modules are committed and never edited by hand; CI runs --check.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "mentordesk" / "gui" / "forms"
KEEP = {"__init__.py"}


def uic_command() -> list[str]:
    """The Qt uic binary shipped with PySide6 (what `pyside6-uic` runs), in Python mode."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    candidates = [package / "Qt" / "libexec" / "uic", package / "uic.exe", package / "uic"]
    for exe in candidates:
        if exe.is_file() and os.access(exe, os.X_OK):
            return [str(exe), "-g", "python"]
    wrapper = shutil.which("pyside6-uic") or shutil.which(
        "pyside6-uic", path=str(Path(sys.executable).parent)
    )
    if wrapper:
        return [wrapper]
    raise SystemExit("build_forms: cannot find uic; install PySide6-Essentials.")


def generate(ui_file: Path) -> str:
    """The Python module uic makes of one form (line endings normalised to \\n)."""
    result = subprocess.run(
        [*uic_command(), ui_file.name],
        cwd=ui_file.parent,  # so the header names the file, not a machine's path
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        raise SystemExit(f"build_forms: uic failed on {ui_file}: {message}")
    return without_unused_imports(result.stdout.decode("utf-8").replace("\r\n", "\n"), ui_file)


def without_unused_imports(source: str, ui_file: Path) -> str:
    """uic imports some 40 Qt classes into every form whether it uses them or not. Each
    PySide6 class costs start-up time on first import, so the ones unused are dropped."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise SystemExit("build_forms: cannot find ruff; install MentorDesk's test extra.")
    result = subprocess.run(
        [
            *(ruff, "check", "--isolated", "--select", "F401", "--fix", "--exit-zero", "--quiet"),
            *("--stdin-filename", f"ui_{ui_file.stem}.py", "-"),
        ],
        input=source.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        raise SystemExit(f"build_forms: pruning the imports of {ui_file} failed: {message}")
    return result.stdout.decode("utf-8")


def target_for(ui_file: Path, forms_dir: Path) -> Path:
    return forms_dir / f"ui_{ui_file.stem}.py"


def plan(ui_dir: Path, forms_dir: Path) -> tuple[dict[Path, str], list[Path]]:
    """What every generated file should hold, and generated files with no form any more."""
    wanted = {target_for(ui, forms_dir): generate(ui) for ui in sorted(ui_dir.glob("*.ui"))}
    orphans = sorted(
        path for path in forms_dir.glob("ui_*.py") if path not in wanted and path.name not in KEEP
    )
    return wanted, orphans


def check(ui_dir: Path, forms_dir: Path) -> list[str]:
    """Problems as lines of text; empty when every generated form is current."""
    wanted, orphans = plan(ui_dir, forms_dir)
    problems = []
    for path, text in wanted.items():
        source = f"{ui_dir.name}/{path.stem.removeprefix('ui_')}.ui"
        if not path.exists():
            problems.append(f"missing: {forms_dir.name}/{path.name} (from {source})")
        elif path.read_text(encoding="utf-8").replace("\r\n", "\n") != text:
            problems.append(f"stale: {forms_dir.name}/{path.name} (differs from {source})")
    for path in orphans:
        problems.append(f"orphan: {forms_dir.name}/{path.name} has no form in {ui_dir.name}/")
    return problems


def build(ui_dir: Path, forms_dir: Path) -> list[Path]:
    """Write every generated form that differs; remove orphans. Returns what changed."""
    wanted, orphans = plan(ui_dir, forms_dir)
    forms_dir.mkdir(parents=True, exist_ok=True)
    init = forms_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by tools/build_forms.py: never edit."""\n')
    changed = []
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(path)
    for path in orphans:
        path.unlink()
        changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    parser.add_argument("--ui-dir", type=Path, default=UI_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--forms-dir", type=Path, default=FORMS_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.ui_dir, args.forms_dir)
        for line in problems:
            print(line)
        if problems:
            print("Run `python tools/build_forms.py` and commit the result.", file=sys.stderr)
            return 1
        print(f"All forms in {args.forms_dir.name}/ are current.")
        return 0
    changed = build(args.ui_dir, args.forms_dir)
    for path in changed:
        print(f"wrote {path.name}" if path.exists() else f"removed {path.name}")
    if not changed:
        print("Nothing to do: every form is current.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
