package vn.cchc.editorial.article;

import vn.cchc.editorial.system.InvalidInputException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * An uploaded picture made fit for the web: its dimensions read from its header first, and a picture declaring more
 * than {@link UploadProperties#maxPicturePixels} refused before any pixel is decoded (an image bomb); then decoded
 * without its metadata, scaled down to {@link UploadProperties#pictureMaxWidth} if wider, and written anew, PNG for a
 * PNG or a picture with transparency, JPEG otherwise (a WebP included: ImageIO reads WebP through TwelveMonkeys'
 * imageio-webp but writes none). Only pixels cross over: EXIF (GPS position, camera, author), XMP, comments and any
 * text chunk, a script in them included, are gone from what is stored.
 */
final class PictureForWeb {

    record Encoded(byte[] bytes, String mediaType, String extension) {
    }

    private static final float JPEG_QUALITY = 0.85f;

    private PictureForWeb() {
    }

    static Encoded reencode(String name, byte[] bytes, UploadProperties limits) {
        BufferedImage picture = decode(name, bytes, limits.maxPicturePixels());
        BufferedImage scaled = scaled(picture, limits.pictureMaxWidth());
        try {
            return scaled.getColorModel().hasAlpha() || isPng(bytes)
                    ? new Encoded(png(scaled), "image/png", "png")
                    : new Encoded(jpeg(scaled), "image/jpeg", "jpg");
        } catch (IOException e) {
            throw new IllegalStateException("re-encoding " + name, e);
        }
    }

    private static BufferedImage decode(String name, byte[] bytes, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw broken(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    throw new InvalidInputException(("Ảnh “%s” khai kích thước %d × %d điểm ảnh, vượt quá %d triệu điểm ảnh được"
                            + " nhận: hãy thu nhỏ ảnh rồi tải lên lại.").formatted(name, width, height, maxPixels / 1_000_000));
                }
                BufferedImage picture = reader.read(0);
                if (picture == null) {
                    throw broken(name);
                }
                return picture;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw broken(name);
        }
    }

    /** The picture at most {@code maxWidth} wide, in 8-bit RGB(A) whatever it was (CMYK, grey, 16 bits, a palette). */
    private static BufferedImage scaled(BufferedImage picture, int maxWidth) {
        int width = Math.min(picture.getWidth(), maxWidth);
        int height = Math.max(1, (int) Math.round((double) picture.getHeight() * width / picture.getWidth()));
        boolean alpha = picture.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage picture) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(picture, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static InvalidInputException broken(String name) {
        return new InvalidInputException("Không đọc được ảnh “%s”: tệp bị hỏng hoặc không phải ảnh. Hãy mở ảnh bằng chương trình xem"
                .formatted(name) + " ảnh, lưu lại rồi tải lên lại.");
    }
}
