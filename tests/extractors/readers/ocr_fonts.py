"""The type the OCR tests draw their page images in (Liberation Serif, Debian's fonts-liberation): a test is skipped
where it is not installed."""
from __future__ import annotations

import pytest

SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"


def serif(size: int = 40):
    """Liberation Serif at ``size`` pixels, for PIL's ImageDraw."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype(SERIF, size)
    except OSError:
        pytest.skip("Liberation Serif not installed")
