"""The types the OCR tests draw their page images in (Liberation Serif, Debian's fonts-liberation; DejaVu Sans,
fonts-dejavu-core, the type of the generated documents): a test is skipped where its type is not installed."""
from __future__ import annotations

import pytest

SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _type(path: str, name: str, size: int):
    from PIL import ImageFont

    try:
        return ImageFont.truetype(path, size)
    except OSError:
        pytest.skip(f"{name} not installed")


def serif(size: int = 40):
    """Liberation Serif at ``size`` pixels, for PIL's ImageDraw."""
    return _type(SERIF, "Liberation Serif", size)


def sans(size: int = 40):
    """DejaVu Sans at ``size`` pixels."""
    return _type(SANS, "DejaVu Sans", size)
