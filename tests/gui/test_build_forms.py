"""tools/build_forms.py: the committed forms are current, and staleness is caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "build_forms.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, check=False
    )


def test_committed_forms_are_current() -> None:
    result = run("--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_has_its_generated_module() -> None:
    forms = ROOT / "mentordesk" / "gui" / "forms"
    for ui in (ROOT / "ui").glob("*.ui"):
        assert (forms / f"ui_{ui.stem}.py").exists()
    for name in ("main_window", "welcome_dialog", "about_dialog"):
        assert (ROOT / "ui" / f"{name}.ui").exists()


def test_check_lists_stale_missing_and_orphan_forms(tmp_path: Path) -> None:
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    shutil.copytree(ROOT / "ui", ui_dir)
    assert run("--ui-dir", str(ui_dir), "--forms-dir", str(forms_dir)).returncode == 0
    assert run("--check", "--ui-dir", str(ui_dir), "--forms-dir", str(forms_dir)).returncode == 0

    about = ui_dir / "about_dialog.ui"
    about.write_text(about.read_text().replace("About MentorDesk", "About this app"))
    (forms_dir / "ui_welcome_dialog.py").unlink()
    (forms_dir / "ui_gone.py").write_text("# a form whose .ui was deleted\n")
    result = run("--check", "--ui-dir", str(ui_dir), "--forms-dir", str(forms_dir))
    assert result.returncode == 1
    assert "stale: forms/ui_about_dialog.py" in result.stdout
    assert "missing: forms/ui_welcome_dialog.py" in result.stdout
    assert "orphan: forms/ui_gone.py" in result.stdout

    assert run("--ui-dir", str(ui_dir), "--forms-dir", str(forms_dir)).returncode == 0
    assert run("--check", "--ui-dir", str(ui_dir), "--forms-dir", str(forms_dir)).returncode == 0
    assert not (forms_dir / "ui_gone.py").exists()
    assert "About this app" in (forms_dir / "ui_about_dialog.py").read_text()
