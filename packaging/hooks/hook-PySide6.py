"""PyInstaller hook for the PySide6 package (used instead of PyInstaller's own): the same,
less the OpenGL DLLs it adds on Windows - the software renderer opengl32sw.dll (about
20 MB) and the ANGLE/Direct3D ones. GreenDesk's widgets and pyqtgraph charts paint with
Qt's raster engine; QtOpenGL is excluded from the bundle. Elsewhere the list is empty."""

import os

from PyInstaller.utils.hooks import check_requirement
from PyInstaller.utils.hooks.qt import ensure_single_qt_bindings_package, pyside6_library_info

OPENGL_DLLS = ("opengl32sw", "libegl", "libglesv2", "d3dcompiler")

ensure_single_qt_bindings_package("PySide6")

if pyside6_library_info.version is not None:
    hiddenimports = ["shiboken6", "inspect"]
    # PySide6 >= 6.4 needs this for the | and & operators on Qt's key enums (PyInstaller #7249).
    if check_requirement("PySide6 >= 6.4.0"):
        hiddenimports += ["PySide6.support.deprecated"]
    binaries = [(source, dest) for source, dest in pyside6_library_info.collect_extra_binaries()
                if not os.path.basename(source).lower().startswith(OPENGL_DLLS)]
