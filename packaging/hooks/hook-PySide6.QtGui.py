"""PyInstaller hook for PySide6.QtGui (used instead of PyInstaller's own): the same
collection, less the Qt plugins a desktop program that draws no OpenGL never loads.

PyInstaller collects every plugin folder QtGui may use, and with them the libraries they
link (QtNetwork, QtOpenGL, GTK, Cairo, Kerberos ...). Dropping the plugins here, before
the dependency analysis, drops their libraries too. Names are compared without the
platform's prefix and suffix ("libqvnc.so", "qvnc.dll" -> "qvnc"), so the same rule holds
on Windows, where most of these plugins do not exist.
"""

import os

from PyInstaller.utils.hooks.qt import get_qt_library_info

# Whole plugin folders: embedded-Linux input and display, desktop themes (GTK, the XDG
# portal), OpenGL integrations for X11 and Wayland buffers.
DROP_FOLDERS = {
    "egldeviceintegrations", "generic", "platformthemes", "xcbglintegrations",
    "wayland-graphics-integration-client",
}
# Single plugins: framebuffer, VNC and Vulkan platforms; image formats GreenDesk never
# reads (it draws SVG icons and writes PNG and SVG charts); the IBus input method (D-Bus).
DROP_PLUGINS = {
    "qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl",
    "qtiff", "qwebp", "qicns", "qtga", "qwbmp",
    "ibusplatforminputcontextplugin",
}


def _stem(path):
    name = os.path.basename(path).split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _kept(entry):
    source, dest = entry
    parts = os.path.normpath(dest).split(os.sep)
    if "plugins" not in parts:
        return True
    return not (DROP_FOLDERS & set(parts) or _stem(source) in DROP_PLUGINS)


hiddenimports, binaries, datas = get_qt_library_info("PySide6").collect_module("PySide6.QtGui")
binaries = [entry for entry in binaries if _kept(entry)]
