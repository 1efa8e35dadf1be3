"""Blocks of ink of a page without rules (the cells of a borderless table), each read from its own ink."""
from __future__ import annotations

from ocr_fonts import serif


def test_a_blocks_image_holds_its_own_ink_only():
    """Two blocks whose boxes overlap: a block of three lines, the last one wide, and beside its first line, past a
    gutter and two lines above its last, another block's word. Cropped by its box, the first block's image took in
    the other's word (beside "a fost", "el:" was read from the start of "elaborat" of the next block, and kept);
    its image is its own ink alone."""
    import numpy as np
    from PIL import Image, ImageDraw

    from extractors.readers.ocr_blocks import block_images

    img = Image.new("L", (1400, 400), 255)
    d, f = ImageDraw.Draw(img), serif(30)
    for y, text in ((100, "Planul"), (130, "a fost"), (160, "elaborat de compartimentul social")):
        d.text((100, y), text, font=f, fill=0)
    other = d.textbbox((400, 100), "elaborat", font=f)
    d.text((400, 100), "elaborat", font=f, fill=0)
    a = np.asarray(img)
    blocks = block_images(a, 30.0)
    (x, y, w, h), im = next((box, im) for box, im, _ in blocks
                            if box[0] <= 110 < box[0] + box[2] and box[1] <= 170 < box[1] + box[3])
    assert x <= other[0] and x + w >= other[2] and y <= other[1] + 5  # its box reaches over the other block's word
    assert (im[other[1] - y + 5:other[3] - y, other[0] - x:other[2] - x] == 255).all()
    mine = (a[y:y + h, x:x + w] < 128).sum() - (a[other[1]:other[3], other[0]:other[2]] < 128).sum()
    assert (im < 128).sum() == mine


def test_a_word_inside_a_blocks_box_but_not_its_region_is_not_its_word():
    """The word of another block standing inside a block's box is not read again with it, nor dropped when it
    is ("de" and "din" of a justified paragraph were lost once blocks were read from their own ink only)."""
    import numpy as np

    from extractors.readers.ocr import _words_in_cells

    region = np.zeros((100, 400), dtype=np.uint8)
    region[:, :200] = 1  # the block's own part: the left half of its box
    cells = [(0, 0, 400, 100), (250, 0, 100, 40)]  # the block, and the other block inside its box
    raw = [{"text": "a", "conf": 90.0, "x": 20, "y": 10, "w": 60, "h": 25, "key": (1,)},
           {"text": "de", "conf": 90.0, "x": 260, "y": 10, "w": 60, "h": 25, "key": (1,)}]
    in_cell, across = _words_in_cells(raw, cells, {0: region})
    assert in_cell == {0: [0], 1: [1]}
    assert across == {}
