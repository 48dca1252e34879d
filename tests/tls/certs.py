"""Test certificates made at test time (make_certs.sh), for the runners.

The tls and https tests (scripts named tls-*, https-*, test-tls-*,
test-https-*) read their keys and certificates from the folder named by
$TLS_CERTS. `certificates_for(script, env)` makes a fresh folder with
make_certs.sh, sets the variable in `env` and removes the folder afterwards.
Nothing is committed and no two tests share a folder, so they run in parallel.
"""
import contextlib
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def wants_certificates(script):
    return re.match(r"^(test-)?(tls|https)-", os.path.basename(script)) is not None


@contextlib.contextmanager
def certificates_for(script, env):
    if not wants_certificates(script):
        yield env
        return
    folder = tempfile.mkdtemp(prefix="tls-certs-")
    try:
        subprocess.run(["sh", os.path.join(HERE, "make_certs.sh"), folder], check=True,
                       capture_output=True)
        env["TLS_CERTS"] = folder
        yield env
    finally:
        shutil.rmtree(folder, ignore_errors=True)
