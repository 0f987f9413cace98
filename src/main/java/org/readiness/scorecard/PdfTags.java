package org.readiness.scorecard;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.readiness.chart.XmlText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The score card's structure for screen readers (tagged PDF, as PDF/UA asks): a document of headings, paragraphs
 * and the chart as a figure with a text description, in reading order, with the document's language and title;
 * page furniture (footers) is marked as artifacts, outside the structure.
 */
final class PdfTags {

    /** Draws content that the tags mark. */
    interface Drawing {
        void draw() throws IOException;
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Per page, the structure element that each marked content (by its MCID, the index) belongs to. */
    private final Map<PDPage, COSArray> parents = new LinkedHashMap<>();

    PdfTags(PDDocument pdf, String language, String title) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(title, language).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    /** A new element of the given type (a heading, a paragraph, a figure), after the ones before it. */
    PDStructureElement element(String type) {
        PDStructureElement element = new PDStructureElement(type, document);
        document.appendKid(element);
        return element;
    }

    /** Draws on the page as content of the element. */
    void mark(PDStructureElement element, PDPage page, PDPageContentStream content, Drawing drawing)
            throws IOException {
        COSArray onPage = parents.computeIfAbsent(page, key -> new COSArray());
        int mcid = onPage.size();
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        drawing.draw();
        content.endMarkedContent();
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        onPage.add(element);
    }

    /** Draws page furniture that a screen reader skips. */
    static void artifact(PDPageContentStream content, Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Ties each page's marked content to its elements; called once every page is drawn. */
    void finish() {
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        int key = 0;
        for (Map.Entry<PDPage, COSArray> page : parents.entrySet()) {
            page.getKey().setStructParents(key);
            numbers.put(key, new PDParentTreeValue(page.getValue()));
            key++;
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(key);
    }

    /** The document's title and language as XMP metadata, where PDF/UA readers look for them. */
    private static String xmp(String title, String language) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + XmlText.escape(title) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:language><rdf:Bag><rdf:li>" + XmlText.escape(language) + "</rdf:li></rdf:Bag></dc:language>"
                + "<dc:format>application/pdf</dc:format>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

}
