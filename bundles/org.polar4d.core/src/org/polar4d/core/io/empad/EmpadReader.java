package org.polar4d.core.io.empad;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.FormatReader;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.frames.FileDataset;
import org.polar4d.core.io.frames.MappedFile;
import org.polar4d.core.io.frames.RecordFrames;
import org.polar4d.core.io.frames.ScanCandidate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads EMPAD acquisitions: an {@code .xml} description naming a {@code .raw} file of little-endian
 * float32 frames of 130 rows × 128 columns, whose last 2 rows are a metadata footer that is dropped.
 * The scan shape is the first XML candidate (series_count, pix_x/pix_y, scan_parameters resolutions, raw
 * file name) whose frame count matches the file size.
 */
public final class EmpadReader implements FormatReader {

    static final int WIDTH = 128;
    static final int HEIGHT = 128;
    static final int RAW_ROWS = 130;
    static final long RECORD = (long) RAW_ROWS * WIDTH * 4;
    private static final Pattern RAW_NAME = Pattern.compile(".*_x(\\d+)_y(\\d+)\\.raw", Pattern.CASE_INSENSITIVE);

    @Override
    public Dataset4D open(Path path, ReadOptions options) throws IOException {
        Path xml = path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".raw") ? xmlFor(path) : path;
        Element root = parse(xml);
        Element rawFile = first(root, "raw_file");
        String rawName = rawFile == null ? "" : rawFile.getAttribute("filename").trim();
        if (rawName.isEmpty()) {
            throw new FormatException(xml, "<raw_file filename=…>", "missing: the XML does not name its .raw file");
        }
        Path raw = xml.resolveSibling(rawName);
        if (!Files.isRegularFile(raw)) {
            throw new FormatException(xml, "<raw_file filename=\"" + rawName + "\">", "companion raw file " + raw
                    + " not found (EMPAD raw files must keep the name the XML gives)");
        }
        MappedFile file = new MappedFile(raw);
        try {
            long frames = file.size() / RECORD;
            if (frames < 1) {
                throw FormatException.atOffset(raw, 0, "file of " + file.size() + " bytes holds no complete "
                        + RAW_ROWS + "x" + WIDTH + " float32 frame (" + RECORD + " bytes)");
            }
            RecordFrames source = RecordFrames.single(file, 0, frames, RECORD, 0, new FrameShape(HEIGHT, WIDTH),
                    ElementType.F32, ByteOrder.LITTLE_ENDIAN);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("rawFile", raw.getFileName().toString());
            details.put("frameFooterBytes", Long.toString(2L * WIDTH * 4));
            if (file.size() % RECORD != 0) {
                details.put("incompleteLastFrame", "ignored " + file.size() % RECORD + " trailing bytes");
            }
            String version = text(root, "software_version");
            if (version != null) {
                details.put("softwareVersion", version);
            }
            Provenance prov = new Provenance(List.of(xml, raw), Format.EMPAD.cliName(), options.asProvenance(),
                    details);
            List<ScanCandidate> candidates = candidates(xml, root, raw);
            return FileDataset.open(source, xml, options, candidates, calibration(xml, root, candidates), prov);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static List<ScanCandidate> candidates(Path xml, Element root, Path raw) throws FormatException {
        List<ScanCandidate> c = new ArrayList<>();
        for (Element sp : all(root, "scan_parameters")) {
            Integer series = positive(xml, sp, "series_count");
            if (series != null) {
                c.add(ScanCandidate.exact(new ScanShape(1, series), ScanShapeSource.SIDECAR, "xml series_count"));
            }
        }
        Integer px = positive(xml, root, "pix_x");
        Integer py = positive(xml, root, "pix_y");
        if (px != null && py != null) {
            c.add(ScanCandidate.exact(new ScanShape(py, px), ScanShapeSource.SIDECAR, "xml pix_x/pix_y"));
        }
        List<Element> params = all(root, "scan_parameters");
        params.sort((a, b) -> Boolean.compare(!"acquire".equals(a.getAttribute("mode")),
                !"acquire".equals(b.getAttribute("mode"))));
        for (Element sp : params) {
            Integer rx = positive(xml, sp, "scan_resolution_x");
            Integer ry = positive(xml, sp, "scan_resolution_y");
            if (rx != null && ry != null) {
                c.add(ScanCandidate.exact(new ScanShape(ry, rx), ScanShapeSource.SIDECAR,
                        "xml scan_parameters mode=\"" + sp.getAttribute("mode") + "\""));
            }
        }
        Matcher m = RAW_NAME.matcher(raw.getFileName().toString());
        if (m.matches()) {
            try {
                c.add(ScanCandidate.exact(new ScanShape(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))),
                        ScanShapeSource.INFERRED, "raw file name"));
            } catch (IllegalArgumentException e) {
                // an implausible number in the file name is no candidate
            }
        }
        return c;
    }

    private static Calibration calibration(Path xml, Element root, List<ScanCandidate> candidates) {
        Calibration cal = Calibration.NONE;
        Element iom = first(root, "iom_measurements");
        if (iom == null) {
            return cal;
        }
        Double pixel = number(text(iom, "calibrated_pixelsize"));
        if (pixel != null && pixel > 0) {
            cal = cal.withReciprocalPixel(new Quantity(pixel * 1e9, "1/nm"));
        }
        Double kv = number(text(iom, "source.get_voltage"));
        if (kv != null && kv > 0) {
            cal = cal.withBeamEnergyKeV(kv / 1000);
        }
        Double cl = number(text(iom, "optics.get_cameralength"));
        if (cl != null && cl > 0) {
            cal = cal.withCameraLengthMm(cl * 1000);
        }
        Double rot = number(text(iom, "column.get_scanrotation"));
        if (rot != null) {
            cal = cal.withScanRotationDeg(rot);
        }
        String fov = text(iom, "optics.get_full_scan_field_of_view");
        Integer px = intOrNull(text(root, "pix_x"));
        if (fov != null && px != null && px > 0) {
            String[] parts = fov.replace("[", "").replace("]", "").split(",");
            Double width = parts.length > 0 ? number(parts[0]) : null;
            if (width != null && width > 0) {
                cal = cal.withScanStep(new Quantity(width / px * 1e9, "nm"));
            }
        }
        return cal;
    }

    /** The XML of a .raw file: a sibling .xml whose {@code <raw_file>} names it. */
    private static Path xmlFor(Path raw) throws IOException {
        Path dir = raw.toAbsolutePath().getParent();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path x : s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml"))
                    .sorted().toList()) {
                try {
                    Element raw0 = first(parse(x), "raw_file");
                    if (raw0 != null && raw0.getAttribute("filename").trim().equals(raw.getFileName().toString())) {
                        return x;
                    }
                } catch (FormatException e) {
                    // not an EMPAD description
                }
            }
        }
        throw new FormatException(raw, "companion file", "no EMPAD .xml in " + dir + " names this raw file; open the"
                + " .xml, or read it as raw with an explicit layout");
    }

    static Element parse(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(in);
            return doc.getDocumentElement();
        } catch (SAXException e) {
            throw new FormatException(xml, "XML", "not well-formed: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> all(Element root, String tag) {
        NodeList l = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static Element first(Element root, String tag) {
        NodeList l = root.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static String text(Element root, String tag) {
        Element e = first(root, tag);
        return e == null ? null : e.getTextContent().trim();
    }

    private static Integer positive(Path xml, Element root, String tag) throws FormatException {
        String t = text(root, tag);
        if (t == null) {
            return null;
        }
        Integer v = intOrNull(t);
        if (v == null || v < 1) {
            throw new FormatException(xml, "<" + tag + ">", "not a positive integer: '" + t + "'");
        }
        return v;
    }

    private static Integer intOrNull(String t) {
        try {
            return t == null ? null : Integer.valueOf(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String t) {
        try {
            return t == null ? null : Double.valueOf(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
