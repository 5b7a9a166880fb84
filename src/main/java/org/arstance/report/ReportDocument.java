package org.arstance.report;

import java.util.Base64;
import java.util.List;

/**
 * One report written twice: as Markdown (images beside it as files) and as a self-contained
 * HTML page (images embedded). Each method adds the same content to both.
 */
public final class ReportDocument {

    private final StringBuilder md = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    public ReportDocument heading(int level, String text) {
        md.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        html.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
        return this;
    }

    public ReportDocument paragraph(String text) {
        md.append(text).append("\n\n");
        html.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    public ReportDocument bullets(List<String> items) {
        html.append("<ul>\n");
        for (String item : items) {
            md.append("- ").append(item).append('\n');
            html.append("<li>").append(esc(item)).append("</li>\n");
        }
        md.append('\n');
        html.append("</ul>\n");
        return this;
    }

    public ReportDocument table(List<String> header, List<List<String>> rows) {
        md.append('|');
        header.forEach(h -> md.append(' ').append(mdCell(h)).append(" |"));
        md.append("\n|");
        header.forEach(h -> md.append("---|"));
        md.append('\n');
        html.append("<table>\n<thead><tr>");
        header.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(c -> md.append(' ').append(mdCell(c)).append(" |"));
            md.append('\n');
            html.append("<tr>");
            row.forEach(c -> html.append("<td dir=\"auto\">").append(isLink(c)
                    ? "<a href=\"" + esc(c) + "\">" + esc(c) + "</a>" : esc(c)).append("</td>"));
            html.append("</tr>\n");
        }
        md.append('\n');
        html.append("</tbody>\n</table>\n");
        return this;
    }

    /** An image: a file beside the Markdown, embedded as base64 in the HTML. */
    public ReportDocument image(String file, byte[] png, String alt) {
        md.append("![").append(alt).append("](").append(file).append(")\n\n");
        html.append("<figure><img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(esc(alt))
                .append("</figcaption></figure>\n");
        return this;
    }

    public String markdown() {
        return md.toString();
    }

    public String html(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title) + "</title>\n"
                + "<style>\nbody{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;"
                + "color:#222;line-height:1.45}\ntable{border-collapse:collapse;margin:1em 0;font-size:14px}\n"
                + "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}\n"
                + "th{background:#f0f0f0}\nfigure{margin:1em 0}\nimg{max-width:100%;border:1px solid #ddd}\n"
                + "figcaption{font-size:13px;color:#555}\n</style>\n"
                // marks on <body> how many charts decoded and drew (checked by experiments/render-report.sh)
                + "<script>window.addEventListener('load',function(){var im=document.images,ok=0;"
                + "for(var i=0;i<im.length;i++){if(im[i].complete&&im[i].naturalWidth>0)ok++;}"
                + "document.body.setAttribute('data-charts',ok+'/'+im.length);});</script>\n"
                + "</head>\n<body>\n" + html + "</body>\n</html>\n";
    }

    /** A relative link to another report page (a cell that is a path ending in .html). */
    private static boolean isLink(String cell) {
        return cell.endsWith(".html") && !cell.contains(" ") && !cell.startsWith("/") && !cell.contains(":");
    }

    private static String mdCell(String s) {
        if (isLink(s)) {
            return "[" + s + "](" + s + ")";
        }
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
