package org.sitmap.interop.gpkg;

import java.awt.Color;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.db.GeoPackageDataType;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;

/**
 * Default QGIS styles for the exported layers, in the {@code layer_styles} table where QGIS looks for them when it
 * opens a GeoPackage layer: zones coloured by faction and tied to the Temporal Controller through
 * {@code valid_from}/{@code valid_to}; events as points shown for a day from their instant {@code at}; localities
 * as small dots. The QML is what QGIS 3.x reads ({@code <temporal>}, {@code <renderer-v2>}).
 */
final class QgisStyles {
    /** QGIS's temporal modes: an instant from one field, or start and end from two. */
    static final int MODE_INSTANT_FROM_FIELD = 1, MODE_START_AND_END_FROM_FIELDS = 2;

    private QgisStyles() {
    }

    static AttributesDao table(GeoPackage gp) {
        return GeoPackageWriter.attributesTable(gp, GeoPackageWriter.LAYER_STYLES, "id", List.of(
                AttributesColumn.createColumn("f_table_catalog", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("f_table_schema", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("f_table_name", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("f_geometry_column", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("styleName", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("styleQML", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("styleSLD", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("useAsDefault", GeoPackageDataType.BOOLEAN),
                AttributesColumn.createColumn("description", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("owner", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("ui", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("update_time", GeoPackageDataType.DATETIME)));
    }

    static void write(AttributesDao dao, Dataset d) {
        add(dao, GeoPackageWriter.ZONES, "Zones by faction", zonesQml(d));
        add(dao, GeoPackageWriter.EVENTS, "Events", eventsQml());
        add(dao, GeoPackageWriter.LOCALITIES, "Localities", localitiesQml());
    }

    private static void add(AttributesDao dao, String table, String name, String qml) {
        AttributesRow row = dao.newRow();
        row.setValue("f_table_catalog", "");
        row.setValue("f_table_schema", "");
        row.setValue("f_table_name", table);
        row.setValue("f_geometry_column", "geom");
        row.setValue("styleName", name);
        row.setValue("styleQML", qml);
        row.setValue("styleSLD", "");
        row.setValue("useAsDefault", true);
        row.setValue("description", "Sitmap export");
        row.setValue("owner", "");
        row.setValue("ui", "");
        row.setValue("update_time", Instant.now().toString());
        dao.insert(row);
    }

    static String zonesQml(Dataset d) {
        return qml(x -> {
            temporal(x, MODE_START_AND_END_FROM_FIELDS, "valid_from", "valid_to", 0);
            x.writeStartElement("renderer-v2");
            x.writeAttribute("type", "categorizedSymbol");
            x.writeAttribute("attr", "faction");
            x.writeAttribute("symbollevels", "0");
            x.writeAttribute("forceraster", "0");
            x.writeAttribute("enableorderby", "0");
            x.writeStartElement("categories");
            List<Faction> held = d.factions().stream().filter(Faction::holdsGround).toList();
            for (int i = 0; i < held.size(); i++) category(x, i, held.get(i).id(), held.get(i).id() + " – " + held.get(i).name());
            category(x, held.size(), "", "no data");
            x.writeEndElement();
            x.writeStartElement("symbols");
            for (int i = 0; i < held.size(); i++) fill(x, i, Color.decode(held.get(i).color()), 0.55);
            fill(x, held.size(), new Color(190, 190, 190), 0.35);
            x.writeEndElement();
            x.writeEndElement();
        });
    }

    static String eventsQml() {
        return qml(x -> {
            temporal(x, MODE_INSTANT_FROM_FIELD, "at", "", 1);
            singleMarker(x, new Color(200, 30, 30), 2.2);
        });
    }

    static String localitiesQml() {
        return qml(x -> singleMarker(x, new Color(50, 50, 50), 1.2));
    }

    private interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    private static String qml(Body body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeDTD("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>");
            x.writeStartElement("qgis");
            x.writeAttribute("version", "3.22.0");
            x.writeAttribute("styleCategories", "AllStyleCategories");
            body.write(x);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a QGIS style", e);
        }
    }

    /** {@code fixedDurationDays}: how long an instant feature stays visible (0 for start/end mode). */
    private static void temporal(XMLStreamWriter x, int mode, String start, String end, int fixedDurationDays)
            throws XMLStreamException {
        x.writeStartElement("temporal");
        x.writeAttribute("enabled", "1");
        x.writeAttribute("mode", Integer.toString(mode));
        x.writeAttribute("startField", start);
        x.writeAttribute("endField", end);
        x.writeAttribute("durationField", "");
        x.writeAttribute("durationUnit", "d");
        x.writeAttribute("fixedDuration", Integer.toString(fixedDurationDays));
        x.writeAttribute("accumulate", "0");
        x.writeAttribute("limitMode", "0");
        x.writeAttribute("startExpression", "");
        x.writeAttribute("endExpression", "");
        x.writeStartElement("fixedRange");
        x.writeEmptyElement("start");
        x.writeEmptyElement("end");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void category(XMLStreamWriter x, int symbol, String value, String label) throws XMLStreamException {
        x.writeEmptyElement("category");
        x.writeAttribute("symbol", Integer.toString(symbol));
        x.writeAttribute("value", value);
        x.writeAttribute("label", label);
        x.writeAttribute("render", "true");
    }

    private static void fill(XMLStreamWriter x, int name, Color c, double alpha) throws XMLStreamException {
        x.writeStartElement("symbol");
        x.writeAttribute("name", Integer.toString(name));
        x.writeAttribute("type", "fill");
        x.writeAttribute("alpha", Double.toString(alpha));
        x.writeAttribute("clip_to_extent", "1");
        x.writeAttribute("force_rhr", "0");
        layer(x, "SimpleFill", new String[][] {{"color", rgba(c)}, {"outline_color", "60,60,60,255"},
                {"outline_style", "solid"}, {"outline_width", "0.2"}, {"outline_width_unit", "MM"}, {"style", "solid"}});
        x.writeEndElement();
    }

    private static void singleMarker(XMLStreamWriter x, Color c, double sizeMm) throws XMLStreamException {
        x.writeStartElement("renderer-v2");
        x.writeAttribute("type", "singleSymbol");
        x.writeAttribute("symbollevels", "0");
        x.writeAttribute("forceraster", "0");
        x.writeAttribute("enableorderby", "0");
        x.writeStartElement("symbols");
        x.writeStartElement("symbol");
        x.writeAttribute("name", "0");
        x.writeAttribute("type", "marker");
        x.writeAttribute("alpha", "1");
        x.writeAttribute("clip_to_extent", "1");
        x.writeAttribute("force_rhr", "0");
        layer(x, "SimpleMarker", new String[][] {{"color", rgba(c)}, {"name", "circle"}, {"outline_color", "255,255,255,255"},
                {"outline_width", "0.2"}, {"size", Double.toString(sizeMm)}, {"size_unit", "MM"}});
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    /** A symbol layer with its properties both as QGIS 3.26+ {@code Option} map and as older {@code prop} lines. */
    private static void layer(XMLStreamWriter x, String cls, String[][] props) throws XMLStreamException {
        x.writeStartElement("layer");
        x.writeAttribute("class", cls);
        x.writeAttribute("enabled", "1");
        x.writeAttribute("locked", "0");
        x.writeAttribute("pass", "0");
        x.writeStartElement("Option");
        x.writeAttribute("type", "Map");
        for (String[] p : props) {
            x.writeEmptyElement("Option");
            x.writeAttribute("name", p[0]);
            x.writeAttribute("type", "QString");
            x.writeAttribute("value", p[1]);
        }
        x.writeEndElement();
        for (String[] p : props) {
            x.writeEmptyElement("prop");
            x.writeAttribute("k", p[0]);
            x.writeAttribute("v", p[1]);
        }
        x.writeEndElement();
    }

    private static String rgba(Color c) {
        return c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ",255";
    }
}
