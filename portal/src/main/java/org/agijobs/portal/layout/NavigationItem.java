package org.agijobs.portal.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** One entry of the side navigation; its title is the view's {@link PageTitle}, so both always agree. */
public record NavigationItem(Class<? extends Component> view, VaadinIcon icon) {

    public String title() {
        PageTitle pageTitle = view.getAnnotation(PageTitle.class);
        return pageTitle != null ? pageTitle.value() : view.getSimpleName();
    }

    /** The view's path, which also makes a stable element id ({@code nav-<path>}) for tests. */
    public String path() {
        Route route = view.getAnnotation(Route.class);
        return route != null ? route.value() : "";
    }
}
