package org.agijobs.portal.layout;

import com.vaadin.flow.component.html.H2;

/** The heading of a view, with the id end-to-end tests look for. */
public class ViewTitle extends H2 {

    public ViewTitle(String text) {
        super(text);
        setId("view-title");
    }
}
