package org.agijobs.portal.security;

import jakarta.servlet.ServletContext;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Sends the browser straight to the signed-out page when the portal session has expired. */
@Component
class SessionExpiryMessages implements VaadinServiceInitListener {

    private final String signedOutUrl;

    SessionExpiryMessages(ServletContext servletContext) {
        this.signedOutUrl = servletContext.getContextPath() + "/" + SignedOutView.ROUTE;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(signedOutUrl);
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
