#!/usr/bin/env python3
"""Derive world-110m.tsv, the country shapes for the world map, from world-atlas's TopoJSON.

Usage:
    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python3 make_world_shapes.py package/countries-110m.json package/package.json > world-110m.tsv

Each output line is the country's ISO 3166-1 numeric code (the same as its UN M49 code), a tab,
and an SVG path in the map's 960 x 500 equirectangular view box. Features without a code, such
as Kosovo, get "-" so that they are drawn as land without data. Antarctica is left out because it
takes a fifth of the map's height, holds no one to count, and leaves the bottom free for the legend.
"""

import json
import sys

WIDTH = 960
HEIGHT = 500
ANTARCTICA = "010"


def decode_arcs(topology):
    """Undo the quantisation and delta encoding of every arc, giving (longitude, latitude) points."""
    (scale_x, scale_y) = topology["transform"]["scale"]
    (translate_x, translate_y) = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """Join a ring's arcs; a negative index ~i means arc i walked backwards."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Each arc starts where the previous one ended, so the shared point is kept once.
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """Make longitudes continuous where a ring steps across the antimeridian, e.g. 179 then 181."""
    unwrapped = []
    for longitude, latitude in points:
        if unwrapped:
            previous = unwrapped[-1][0]
            while longitude - previous > 180:
                longitude -= 360
            while previous - longitude > 180:
                longitude += 360
        unwrapped.append((longitude, latitude))
    return unwrapped


def clip(points, keep, crossing):
    """Sutherland-Hodgman clipping of a closed ring to the side of a meridian where keep() holds."""
    clipped = []
    for index, current in enumerate(points):
        previous = points[index - 1]
        if keep(current):
            if not keep(previous):
                clipped.append(crossing(previous, current))
            clipped.append(current)
        elif keep(previous):
            clipped.append(crossing(previous, current))
    return clipped


def at_meridian(meridian):
    def crossing(start, end):
        share = (meridian - start[0]) / (end[0] - start[0])
        return (meridian, start[1] + share * (end[1] - start[1]))

    return crossing


def split_at_antimeridian(points):
    """The parts of a ring on the map: a ring that crosses 180 degrees is drawn at both edges."""
    unwrapped = unwrap(points)
    west = min(longitude for longitude, _ in unwrapped)
    east = max(longitude for longitude, _ in unwrapped)
    if west >= -180 and east <= 180:
        return [points]
    parts = []
    for shift in (-360, 0, 360):
        shifted = [(longitude + shift, latitude) for longitude, latitude in unwrapped]
        shifted = clip(shifted, lambda point: point[0] >= -180, at_meridian(-180))
        shifted = clip(shifted, lambda point: point[0] <= 180, at_meridian(180)) if shifted else []
        if shifted:
            parts.append(shifted)
    return parts


def tenths(longitude, latitude):
    """Project to the view box in whole tenths, so that relative steps add up without drift."""
    x = (longitude + 180) / 360 * WIDTH
    y = (90 - latitude) / 180 * HEIGHT
    return (round_half_up(x * 10), round_half_up(y * 10))


def round_half_up(value):
    """Rounds to the nearest whole number, with halves away from zero."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def number(value):
    """A count of tenths as the shortest decimal text with at most one decimal place."""
    sign = "-" if value < 0 else ""
    whole, tenth = divmod(abs(value), 10)
    return f"{sign}{whole}.{tenth}" if tenth else f"{sign}{whole}"


def pair(dx, dy):
    """Two numbers, with a space only where a minus sign does not already separate them."""
    second = number(dy)
    return number(dx) + ("" if second.startswith("-") else " ") + second


def ring_path(points):
    """One closed subpath: an absolute move, then relative lines, skipping steps that round to nothing."""
    projected = []
    for longitude, latitude in points:
        point = tenths(longitude, latitude)
        if not projected or point != projected[-1]:
            projected.append(point)
    if len(projected) > 1 and projected[0] == projected[-1]:
        projected.pop()
    if len(projected) < 3:
        return ""
    (x, y) = projected[0]
    path = "M" + pair(x, y) + "l"
    steps = []
    for next_x, next_y in projected[1:]:
        steps.append(pair(next_x - x, next_y - y))
        (x, y) = (next_x, next_y)
    joined = ""
    for step in steps:
        # A step that starts with a minus sign needs no space before it.
        joined += step if not joined or step.startswith("-") else " " + step
    return path + joined + "z"


def geometry_path(geometry, arcs):
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return "".join(
        ring_path(part)
        for polygon in polygons
        for ring in polygon
        for part in split_at_antimeridian(ring_points(ring, arcs))
    )


def main():
    (topology_file, package_file) = sys.argv[1:3]
    with open(topology_file, encoding="utf-8") as source:
        topology = json.load(source)
    with open(package_file, encoding="utf-8") as source:
        package = json.load(source)
    arcs = decode_arcs(topology)
    print(
        f"# {package['name']} {package['version']} countries-110m.json ({package['license']} licence, "
        "derived from Natural Earth, public domain); equirectangular, view box 0 0 960 500; "
        "Antarctica left out; made by make_world_shapes.py"
    )
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if code == ANTARCTICA or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        path = geometry_path(geometry, arcs)
        if path:
            print(f"{code or '-'}\t{path}")


if __name__ == "__main__":
    main()
