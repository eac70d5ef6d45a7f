package vn.cchc.editorial.article;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files made in the test: good ones, and each kind of bad one the upload must refuse or clean. */
public final class UploadFixtures {

    static final String SCRIPT = "<script>alert('metadata')</script>";
    static final String GPS = "GPSLatitude 9.6037 GPSLongitude 105.9739 Canon EOS Nguyen Van A";
    /** A 1 × 1 lossless WebP (Google's sample). */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private UploadFixtures() {
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return write(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    /** A JPEG with a comment segment holding a script and an APP1 segment with GPS position, camera and author. */
    static byte[] jpegWithScriptInMetadata() {
        byte[] plain = jpeg(64, 48);
        byte[] comment = segment(0xFE, SCRIPT.getBytes(StandardCharsets.US_ASCII));
        byte[] exif = segment(0xE1, ("Exif\0\0" + GPS).getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(exif);
        out.writeBytes(comment);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a tEXt chunk holding a script, after its header. */
    static byte[] pngWithScriptInMetadata() {
        byte[] plain = png(40, 30);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        out.writeBytes(chunk("tEXt", ("Comment\0" + SCRIPT).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    /** A PNG of a hundred bytes whose header declares 100,000 × 100,000 pixels (40 GB once decoded). */
    static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IDAT", deflate(new byte[1024])));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** The picture's header and no more: its type is told, its pixels cannot be read. */
    static byte[] broken(byte[] picture) {
        return java.util.Arrays.copyOf(picture, 20);
    }

    static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    /** An OOXML package whose main part has that content type, with the extra parts given. */
    static byte[] ooxml(String mainType, String mainPart, Map<String, byte[]> extraParts) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                + mainPart + "\"/></Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", rels.getBytes(StandardCharsets.UTF_8));
            put(zip, mainPart, "<?xml version=\"1.0\"?><document/>".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] docx() {
        return ooxml(WORD_MAIN, "word/document.xml", Map.of());
    }

    static byte[] pdf(String catalogExtra) {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF whose JavaScript action is only inside a Flate-compressed object stream, its name escaped (/J#53). */
    static byte[] pdfWithCompressedScript() {
        byte[] objects = "3 0 obj << /S /JavaScript /J#53 (app.alert(1)) >> endobj".getBytes(StandardCharsets.ISO_8859_1);
        byte[] compressed = deflate(objects);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.5\n4 0 obj\n<< /Type /ObjStm /Filter /FlateDecode /Length " + compressed.length + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(compressed);
        out.writeBytes("\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + data.length);
        buffer.put((byte) 0xFF).put((byte) marker).putShort((short) (data.length + 2)).put(data);
        return buffer.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater())) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
