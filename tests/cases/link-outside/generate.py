"""An area file that is a symbolic link to a file outside the repository, holding a token:
it is refused unread, so the token never reaches a message (or a CI log)."""

from pathlib import Path


def generate(data_dir: Path) -> None:
    secret = data_dir.parent / "secret.yaml"
    secret.write_text("title: ghp_0123456789abcdefTOKEN\nghp_0123456789abcdefTOKEN: x\n", encoding="utf-8")
    (data_dir / "areas" / "02-lank.yaml").symlink_to(Path("..") / ".." / "secret.yaml")
