"""The wheel in dist/python installs in a fresh virtualenv, with nothing else."""

import subprocess
import sys
import venv

from conftest import ROOT


def test_the_wheel_installs_and_runs_in_a_fresh_virtualenv(tmp_path):
    wheels = sorted((ROOT / "dist" / "python").glob("sourcelight-*.whl"))
    assert len(wheels) == 1, f"expected one wheel in dist/python (./build.sh build): {wheels}"
    assert "abi3" in wheels[0].name
    venv.create(tmp_path / "env", with_pip=True)
    bin_dir = tmp_path / "env" / "bin"
    # --no-index: the package itself needs nothing from the package index.
    subprocess.run([bin_dir / "pip", "install", "-q", "--no-index", "--disable-pip-version-check", wheels[0]], check=True)
    code = "import sourcelight; a = sourcelight.analyze('Officials said the plant was closed.'); print(a['lang'], a['sentences'][0]['labels'])"
    out = subprocess.run([bin_dir / "python", "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip() == "en ['anonymous_source']"
    # The command is installed; without the [batch] extra it says what it needs.
    help_ = subprocess.run([bin_dir / "sourcelight-batch", "--help"], capture_output=True, text=True)
    assert help_.returncode == 0 and "--scheduler ADDRESS" in help_.stdout
    (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "Officials said so."}\n')
    run = subprocess.run([bin_dir / "sourcelight-batch", tmp_path / "a.jsonl", "--out", tmp_path / "out"], capture_output=True, text=True)
    assert run.returncode == 2 and "needs dask[distributed], pandas and pyarrow" in run.stderr
