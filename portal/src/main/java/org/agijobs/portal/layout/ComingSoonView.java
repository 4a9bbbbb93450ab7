package org.agijobs.portal.layout;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A role's area whose features arrive with the marketplace issues: the title and a line on what will be here,
 * so that navigation and access rules can be exercised end to end already.
 */
public abstract class ComingSoonView extends VerticalLayout {

    protected ComingSoonView(String title, String explanation) {
        Paragraph text = new Paragraph(explanation);
        text.setId("view-explanation");
        add(new ViewTitle(title), text);
    }
}
