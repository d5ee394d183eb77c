import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from hanhdong.lib.files import FileKind, clean_photo, prepare_upload


def png(width, height) -> bytes:
    out = io.BytesIO()
    Image.new("1", (width, height)).save(out, "PNG")  # one bit a pixel: a tiny file
    return out.getvalue()


def test_a_huge_picture_in_a_small_file_is_refused_before_it_is_decoded(monkeypatch):
    data = png(9000, 9000)  # 81 megapixels in a few kilobytes
    assert len(data) < 200_000
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self))
    with pytest.raises(ValidationError, match="81"):
        clean_photo("ban-do.png", data, FileKind.PNG)
    assert decoded == []


def test_a_photo_of_ordinary_size_is_kept_smaller():
    cleaned = prepare_upload("anh.png", png(3000, 2000), allowed={FileKind.PNG}, refusal="%(name)s")
    with Image.open(io.BytesIO(cleaned.data)) as image:
        assert max(image.size) == 2048
