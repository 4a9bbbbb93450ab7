package org.agijobs.portal.layout;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Shows a failure in two ways: a notification that catches the eye, and a text that stays on the page after the
 * notification is gone. Only ever given messages meant for users, never exception traces.
 */
public class ErrorNotice extends Paragraph {

    private static final int NOTIFICATION_MILLIS = 6000;

    public ErrorNotice(String id) {
        setId(id);
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    public void show(String userMessage) {
        setText(userMessage);
        setVisible(true);
        Notification notification =
                Notification.show(userMessage, NOTIFICATION_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }
}
