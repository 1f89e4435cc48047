"""File › Open class folder…: the menu entry, which asks for a folder and shows its
gallery (playground.classroom.gallery, imported when first used: it and the hand-in
reading behind it are not needed to start the window)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from engine.i18n import translate
from playground.views import screen_fit

if TYPE_CHECKING:
    from playground.classroom.gallery import ClassGallery, OpenCopy

GALLERY_SIZE = QSize(1500, 860)  # where the screen has room; else the screen's room


class ClassFolderAction:
    """File › Open class folder…: asks for a folder and shows its gallery."""

    def __init__(
        self,
        parent: QWidget,
        menu: QMenu,
        open_copy: OpenCopy,
        start_dir: Callable[[], str],
        status: Callable[[str, int], None],
    ) -> None:
        self.parent = parent
        self.open_copy = open_copy
        self.start_dir = start_dir
        self.status = status
        self.gallery: ClassGallery | None = None
        self.action = QAction(translate("folder_action", "Open &class folder…"), parent)
        self.action.setToolTip(
            translate(
                "folder_action", "See a folder of hand-ins as a gallery, one card per student"
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.choose())
        menu.addAction(self.action)
        parent.addAction(self.action)

    def choose(self) -> ClassGallery | None:
        folder = QFileDialog.getExistingDirectory(
            self.parent, translate("folder_action", "Open a class folder"), self.start_dir()
        )
        return self.show(Path(folder)) if folder else None

    def show(self, folder: Path) -> ClassGallery:
        from playground.classroom.gallery import ClassGallery

        gallery = ClassGallery(self.parent, folder, self.open_copy, self.status)
        room = screen_fit.available_geometry(self.parent)
        size = QSize(
            min(GALLERY_SIZE.width(), room.width() - screen_fit.FRAME_ROOM.width()),
            min(GALLERY_SIZE.height(), room.height() - screen_fit.FRAME_ROOM.height()),
        )
        gallery.resize(size)
        gallery.move(room.center() - gallery.rect().center())
        gallery.show()
        self.gallery = gallery
        gallery.finished.connect(lambda _result, g=gallery: self._closed(g))
        return gallery

    def _closed(self, gallery: ClassGallery) -> None:
        if self.gallery is gallery:
            self.gallery = None
