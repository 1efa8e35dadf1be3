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

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def sans(size: int = 40):
    """DejaVu Sans at ``size`` pixels (Debian's fonts-dejavu-core), the type of the generated documents."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype(SANS, size)
    except OSError:
        pytest.skip("DejaVu Sans not installed")
