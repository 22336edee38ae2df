"""A Sankey diagram of a site's flows for a period, drawn with Qt graphics.

Columns follow the flow: nodes nothing flows into stand on the left, each other node one
column right of its furthest source. Band widths are proportional to quantity (one scale
for the whole diagram); losses and wastes have their own colours. Exports to PNG and SVG
render the same scene.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from greendesk.models import NodeKind
from greendesk.services.balances import SankeyData
from greendesk.ui import formatting

COLOURS = {"flow": QColor(86, 140, 118, 150), "waste": QColor(176, 122, 58, 170),
           "loss": QColor(192, 57, 43, 190)}
NODE_COLOURS = {NodeKind.PROCESS: QColor("#2f6b57"), NodeKind.STOCK: QColor("#4f7f9f"),
                NodeKind.LOSS: QColor("#c0392b")}
BOUNDARY_COLOUR = QColor("#8a9a92")
LEGEND = (("flow", QT_TRANSLATE_NOOP("SankeyView", "Material flow")),
          ("waste", QT_TRANSLATE_NOOP("SankeyView", "Waste")),
          ("loss", QT_TRANSLATE_NOOP("SankeyView", "Accounted loss")))
COLUMN_GAP, NODE_WIDTH, NODE_GAP, HEIGHT = 190.0, 14.0, 18.0, 520.0
translate = QCoreApplication.translate  # lupdate extracts translate("SankeyView", "…") calls


def columns(data: SankeyData) -> dict[int, int]:
    """Each node's column: 0 for nodes nothing flows into, else one past its furthest source
    (cycles are cut after as many rounds as there are nodes)."""
    preds: dict[int, set[int]] = {i: set() for i in data.nodes}
    for ln in data.links:
        if ln.source != ln.target:
            preds[ln.target].add(ln.source)
    col = {i: 0 for i in data.nodes}
    for _ in range(len(data.nodes)):
        changed = False
        for node, sources in preds.items():
            want = max((col[s] + 1 for s in sources), default=0)
            want = min(want, len(data.nodes))
            if want > col[node]:
                col[node], changed = want, True
        if not changed:
            break
    # Pull pure sources right next to what they feed, so suppliers sit beside their process.
    for node in data.nodes:
        if not preds[node]:
            targets = [col[ln.target] for ln in data.links if ln.source == node]
            if targets:
                col[node] = max(0, min(targets) - 1)
    return col


class SankeyScene(QGraphicsScene):
    """The diagram; `nodes` and `links` keep the items (tests and hover look at them)."""

    def __init__(self, data: SankeyData, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.data = data
        self.node_items: dict[int, QGraphicsRectItem] = {}
        self.link_items: list[QGraphicsPathItem] = []
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        if not data.links:
            self.addSimpleText(translate("SankeyView", "No flows in this period."))
            return
        self._draw()

    def _draw(self) -> None:
        data = self.data
        col = columns(data)
        inflow = {i: 0.0 for i in data.nodes}
        outflow = {i: 0.0 for i in data.nodes}
        for ln in data.links:
            outflow[ln.source] += ln.qty
            inflow[ln.target] += ln.qty
        size = {i: max(inflow[i], outflow[i]) for i in data.nodes}
        by_col: dict[int, list[int]] = {}
        for i in sorted(data.nodes, key=lambda i: (col[i], data.nodes[i].kind is NodeKind.LOSS,
                                                    -size[i])):
            by_col.setdefault(col[i], []).append(i)
        tallest = max(sum(size[i] for i in ids) for ids in by_col.values()) or 1.0
        most = max(len(ids) for ids in by_col.values())
        scale = max(HEIGHT - NODE_GAP * (most - 1), 60.0) / tallest  # px per unit
        rects: dict[int, QRectF] = {}
        font = QFont()
        font.setPointSizeF(8.5)
        for c, ids in by_col.items():
            y = 0.0
            for i in ids:
                h = max(size[i] * scale, 2.0)
                rect = QRectF(c * COLUMN_GAP, y, NODE_WIDTH, h)
                rects[i] = rect
                node = data.nodes[i]
                item = self.addRect(rect, QPen(Qt.PenStyle.NoPen),
                                    QBrush(NODE_COLOURS.get(node.kind, BOUNDARY_COLOUR)))
                item.setToolTip(f"{node.name}\n{formatting.quantity(size[i], data.unit)}")
                item.setZValue(2)
                self.node_items[i] = item
                label = QGraphicsSimpleTextItem(
                    f"{node.name}\n{formatting.quantity(size[i], data.unit)}")
                label.setFont(font)
                label.setPos(rect.right() + 4, rect.top() + max(0.0, h / 2 - 12))
                label.setZValue(3)
                self.addItem(label)
                y += h + NODE_GAP
        out_y = {i: r.top() for i, r in rects.items()}
        in_y = {i: r.top() for i, r in rects.items()}
        for ln in sorted(data.links, key=lambda ln: (col[ln.source], rects[ln.target].top())):
            w = ln.qty * scale
            a, b = rects[ln.source], rects[ln.target]
            y0, y1 = out_y[ln.source], in_y[ln.target]
            out_y[ln.source] += w
            in_y[ln.target] += w
            path = _band(a.right(), y0, b.left(), y1, max(w, 0.6))
            item = self.addPath(path, QPen(Qt.PenStyle.NoPen), QBrush(COLOURS[ln.kind]))
            item.setToolTip(f"{data.nodes[ln.source].name} → {data.nodes[ln.target].name}\n"
                            f"{ln.material}: {formatting.quantity(ln.qty, data.unit)}")
            item.setData(0, ln.kind)
            self.link_items.append(item)
        self._legend(max(r.bottom() for r in rects.values()) + 24, font)

    def _legend(self, y: float, font: QFont) -> None:
        x = 0.0
        for kind, text in LEGEND:
            self.addRect(QRectF(x, y, 22, 10), QPen(Qt.PenStyle.NoPen), QBrush(COLOURS[kind]))
            label = self.addSimpleText(translate("SankeyView", text), font)
            label.setPos(x + 28, y - 3)
            x += 40 + label.boundingRect().width() + 20
        note = translate("SankeyView", "Band widths are proportional to quantity (%s).")
        unit = self.addSimpleText(note % formatting.unit(self.data.unit), font)
        unit.setPos(x, y - 3)


def _band(x0: float, y0: float, x1: float, y1: float, w: float) -> QPainterPath:
    """A filled ribbon from (x0, y0) to (x1, y1), `w` thick, with S-shaped edges."""
    dx = max(abs(x1 - x0) * 0.5, 40.0)
    path = QPainterPath(QPointF(x0, y0))
    path.cubicTo(QPointF(x0 + dx, y0), QPointF(x1 - dx, y1), QPointF(x1, y1))
    path.lineTo(x1, y1 + w)
    path.cubicTo(QPointF(x1 - dx, y1 + w), QPointF(x0 + dx, y0 + w), QPointF(x0, y0 + w))
    path.closeSubpath()
    return path


class SankeyView(QGraphicsView):
    """Shows a SankeyScene; exports it as PNG or SVG."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.sankey: SankeyScene | None = None

    def show_data(self, data: SankeyData) -> None:
        old = self.sankey
        self.sankey = SankeyScene(data, self)
        self.setScene(self.sankey)
        if old is not None:
            old.deleteLater()
        self.fit()

    def fit(self) -> None:
        if self.sankey is not None:
            self.fitInView(self.sankey.itemsBoundingRect().adjusted(-10, -10, 10, 10),
                           Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def _source(self) -> QRectF:
        assert self.sankey is not None
        return self.sankey.itemsBoundingRect().adjusted(-16, -16, 16, 16)

    def export_png(self, path: str | Path, scale: float = 2.0) -> Path:
        source = self._source()
        image = QImage(QSize(int(source.width() * scale), int(source.height() * scale)),
                       QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.sankey.render(painter, QRectF(image.rect()), source)  # type: ignore[union-attr]
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"{path} could not be written.")
        return Path(path)

    def export_svg(self, path: str | Path) -> Path:
        from PySide6.QtSvg import QSvgGenerator

        source = self._source()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(int(source.width()), int(source.height())))
        gen.setViewBox(QRectF(0, 0, source.width(), source.height()))
        gen.setTitle(translate("SankeyView", "GreenDesk Sankey diagram"))
        painter = QPainter(gen)
        self.sankey.render(painter, QRectF(0, 0, source.width(), source.height()),  # type: ignore[union-attr]
                           source)
        painter.end()
        if not Path(path).is_file():
            raise OSError(f"{path} could not be written.")
        return Path(path)
